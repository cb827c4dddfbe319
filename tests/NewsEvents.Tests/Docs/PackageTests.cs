using System.Reflection;
using System.Reflection.Metadata;
using System.Xml.Linq;
using NewsEvents.Schema;

namespace NewsEvents.Tests.Docs;

/// <summary>What the package ships beside the code: the schema inside the assembly, and the XML documentation.</summary>
public class PackageTests
{
    private static readonly Assembly Library = typeof(Dataset).Assembly;

    [Fact]
    public void The_assembly_embeds_the_schema_under_its_documented_name()
    {
        Library.GetManifestResourceNames().Should().Contain(NewsEventsSchema.ResourceName);
        NewsEventsSchema.ResourceName.Should().Be("NewsEvents.Schema.newsevents-1.1.schema.json");
        NewsEventsSchema.GetJsonText().Should().Contain($"\"$id\": \"{NewsEventsSchema.Id}\"");
    }

    [Fact]
    public void The_xml_documentation_lies_beside_the_assembly_and_documents_the_public_api()
    {
        var path = Path.ChangeExtension(Library.Location, ".xml");

        File.Exists(path).Should().BeTrue("the library is built with GenerateDocumentationFile, and the package ships the file");
        var members = XDocument.Load(path).Descendants("member").Select(m => m.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);
        members.Should().Contain([
            "T:NewsEvents.Model.Dataset",
            "T:NewsEvents.Schema.NewsEventsSchema",
            "M:NewsEvents.Schema.NewsEventsSchema.GetJsonText",
            "M:NewsEvents.Schema.NewsEventsSchema.OpenRead",
            "T:NewsEvents.NewsEventsFormatException",
        ]);
        var undocumented = Library.GetExportedTypes().Select(t => "T:" + t.FullName!.Replace('+', '.')).Where(id => !id.Contains('`', StringComparison.Ordinal) && !members.Contains(id));
        undocumented.Should().BeEmpty("every public type is documented");

        var exported = Library.GetExportedTypes().Select(t => t.FullName!.Replace('+', '.')).ToHashSet(StringComparer.Ordinal);
        var typesDocumented = members.Select(id => id.StartsWith("T:", StringComparison.Ordinal) ? id[2..] : id[2..Math.Max(2, id.Split('(')[0].LastIndexOf('.'))]);
        typesDocumented.Should().OnlyContain(type => exported.Contains(type), "the package documents its public API only, not internal code");
        members.Should().NotContain(["T:NewsEvents.Guard", "P:NewsEvents.NewsEventsJson.TypeInfo", "F:NewsEvents.Time.TimeValue.MaxTextLength"]);
    }
    [Fact]
    public void The_symbols_carry_their_sources_under_paths_that_do_not_depend_on_the_machine()
    {
        // The GUID of portable PDB embedded source (the Portable PDB specification's EmbeddedSource kind).
        var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        using var pdb = File.OpenRead(Path.ChangeExtension(Library.Location, ".pdb"));
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();

        var documents = reader.Documents.Select(handle => (Handle: handle, Name: reader.GetString(reader.GetDocument(handle).Name))).ToList();
        var sources = documents.Where(d => d.Name.EndsWith(".cs", StringComparison.Ordinal) && !d.Name.Contains("/obj/", StringComparison.Ordinal)).ToList();
        var embedded = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == embeddedSource && info.Parent.Kind == HandleKind.Document)
            .Select(info => (DocumentHandle)info.Parent)
            .ToHashSet();

        sources.Should().NotBeEmpty();
        documents.Should().OnlyContain(d => d.Name.StartsWith("/_/", StringComparison.Ordinal), "paths are mapped, so a pack is the same bytes on every machine");
        sources.Should().OnlyContain(d => embedded.Contains(d.Handle), "there is no public repository to fetch sources from, so the symbols hold them");
    }
}
