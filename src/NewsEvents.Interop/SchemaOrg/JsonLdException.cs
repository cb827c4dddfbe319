namespace NewsEvents.Interop.SchemaOrg;

/// <summary>A value of a JSON-LD file that does not fit: its JSON path and why. The importer turns it into an <see cref="ImportProblem"/>.</summary>
internal sealed class JsonLdException(string path, string reason) : Exception($"{path}: {reason}");
