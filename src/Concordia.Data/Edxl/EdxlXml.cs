using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Concordia.Data.Edxl;

/// <summary>Names, safe parsing and serialisation shared by the EDXL-RM writers and reader.</summary>
internal static class EdxlXml
{
    public static readonly XNamespace Msg = EdxlNamespaces.Message;
    public static readonly XNamespace Rm = EdxlNamespaces.Common;
    public static readonly XNamespace Xpil = EdxlNamespaces.Xpil;
    public static readonly XNamespace Xnl = EdxlNamespaces.Xnl;
    public static readonly XNamespace Xal = EdxlNamespaces.Xal;
    public static readonly XNamespace Cc = EdxlNamespaces.Concordia;

    /// <summary>Prefixes for a readable document: message elements unprefixed, common types as <c>rm:</c>.</summary>
    public static IEnumerable<XAttribute> Declarations() =>
    [
        new("xmlns", Msg.NamespaceName),
        new(XNamespace.Xmlns + "rm", Rm.NamespaceName),
        new(XNamespace.Xmlns + "xpil", Xpil.NamespaceName),
        new(XNamespace.Xmlns + "xnl", Xnl.NamespaceName),
        new(XNamespace.Xmlns + "xal", Xal.NamespaceName),
        new(XNamespace.Xmlns + "cc", Cc.NamespaceName),
    ];

    /// <summary>
    /// Reader settings for untrusted input: no DTD (so no entity expansion and no external entities), no resolver,
    /// and a cap on the characters read.
    /// </summary>
    public static XmlReaderSettings SafeSettings(int maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>
    /// UTF-8, indented, line ends as <c>\n</c>; carriage returns inside text are written as character references so
    /// that a note survives the trip through a parser unchanged.
    /// </summary>
    public static string ToText(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Free text from users may hold characters XML cannot carry; they become U+FFFD rather than failing the export.</summary>
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    /// <summary>A value list element: the list's URN and one value from it.</summary>
    public static XElement ValueList(XName name, string listUrn, string value) =>
        new(name, new XElement(Rm + "ValueListURN", listUrn), new XElement(Rm + "Value", value));
}
