using System.Reflection;
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
        NewsEventsSchema.ResourceName.Should().Be("NewsEvents.Schema.newsevents-1.0.schema.json");
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
    }
}
