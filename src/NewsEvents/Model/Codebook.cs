using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>A code book a dataset was coded with, and its version (CAMEO 1.1b3, PLOVER 0.5b1).</summary>
public sealed record Codebook
{
    /// <summary>The code book's name.</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public required string Name { get; init => field = Guard.Text(value, "Codebook.Name"); }

    /// <summary>The code book's version.</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public required string Version { get; init => field = Guard.Text(value, "Codebook.Version"); }

    /// <summary>Returns <c>name version</c>.</summary>
    public override string ToString() => $"{Name} {Version}";
}
