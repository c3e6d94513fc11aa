using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Concordia.Web.Tests.Edxl;

/// <summary>Validates messages against the EDXL-RM subset schemas in Edxl/Schemas, written for these tests.</summary>
internal static class EdxlSchemas
{
    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    public static IReadOnlyList<string> Validate(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Set.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                problems.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
            }
        };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        _ = XDocument.Load(reader);
        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "Concordia.Web.Tests", "Edxl", "Schemas");
        var set = new XmlSchemaSet { XmlResolver = null };
        foreach (var file in new[] { "edxl-rm-common.xsd", "edxl-rm-msg.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(folder, file), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Concordia.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Concordia.slnx not found above " + AppContext.BaseDirectory);
    }
}
