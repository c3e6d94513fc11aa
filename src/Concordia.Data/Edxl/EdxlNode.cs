using System.Xml.Linq;

namespace Concordia.Data.Edxl;

/// <summary>
/// An element of a received message with its path, so that every problem can name where it is, e.g.
/// <c>/CommitResource/ResourceInformation[2]/AssignmentInformation/Quantity/MeasuredQuantity/Amount</c>. Repeatable
/// elements carry their 1-based position; paths use local names, as a person reading the file sees them.
/// </summary>
internal sealed class EdxlNode(XElement element, string path)
{
    public XElement Element { get; } = element;

    public string Path { get; } = path;

    public string PathOf(XName name) => $"{Path}/{name.LocalName}";

    public EdxlNode? Child(XName name) => Element.Element(name) is { } child ? new EdxlNode(child, PathOf(name)) : null;

    public IReadOnlyList<EdxlNode> Children(XName name) =>
        [.. Element.Elements(name).Select((e, i) => new EdxlNode(e, $"{Path}/{name.LocalName}[{i + 1}]"))];

    /// <summary>The text of a child, or null when it is missing or blank.</summary>
    public string? Text(XName name) => Element.Element(name)?.Value is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>
    /// Explains a missing child that is there under another namespace, the commonest mistake with EDXL-RM (message
    /// elements and common-type elements live in two namespaces).
    /// </summary>
    public string Missing(XName name)
    {
        var stray = Element.Elements().FirstOrDefault(e => e.Name.LocalName == name.LocalName && e.Name.Namespace != name.Namespace);
        return stray is null
            ? "is required"
            : $"is required in namespace {name.NamespaceName}; found it in {(stray.Name.NamespaceName.Length == 0 ? "no namespace" : stray.Name.NamespaceName)}";
    }
}
