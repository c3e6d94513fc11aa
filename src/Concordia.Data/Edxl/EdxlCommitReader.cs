using System.Text;
using System.Xml;
using System.Xml.Linq;
using Concordia.Domain.Common;
using Concordia.Domain.Pledges;
using static Concordia.Data.Edxl.EdxlXml;

namespace Concordia.Data.Edxl;

/// <summary>
/// Reads an EDXL-RM <c>CommitResource</c> or <c>ResponseToRequestResource</c> answering one ask into the pledge lines
/// it states, one per <c>ResourceInformation</c>, in document order. The message must answer this very ask (it cites
/// the exported request's <c>MessageID</c>) and every line asked; anything else is refused with errors whose field is
/// the element path. Input is untrusted: its size is capped, DTDs are refused and no exception escapes.
/// </summary>
public static class EdxlCommitReader
{
    /// <summary>Largest message accepted: far above any real answer (a few kilobytes per line), far below harm.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Most <c>ResourceInformation</c> elements read from one message.</summary>
    public const int MaxResources = 500;

    /// <summary>Deepest element nesting read.</summary>
    public const int MaxDepth = 64;

    private static readonly string[] Roots = [nameof(EdxlResponseKind.CommitResource), nameof(EdxlResponseKind.ResponseToRequestResource)];

    public static Result<IReadOnlyList<PledgeLineDetails>> Read(string text, EdxlAsk ask)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("/", "is empty; send an EDXL-RM CommitResource message");
        }

        if (text.Length > MaxBytes)
        {
            return Fail("/", $"is larger than {MaxBytes / 1024} KiB");
        }

        return Parse(text, () => XmlReader.Create(new StringReader(text), SafeSettings(MaxBytes)), ask);
    }

    /// <summary>Reads a request body without ever holding more than <see cref="MaxBytes"/> of it.</summary>
    public static async Task<Result<IReadOnlyList<PledgeLineDetails>>> ReadAsync(Stream body, EdxlAsk ask, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return Fail("/", $"is larger than {MaxBytes / 1024} KiB");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return Fail("/", "is empty; send an EDXL-RM CommitResource message");
        }

        var bytes = buffer.ToArray();
        // Only to recognise a DTD and say so plainly; the parser itself reads the bytes in their declared encoding.
        var preview = Encoding.UTF8.GetString(bytes);
        return Parse(preview, () => XmlReader.Create(new MemoryStream(bytes), SafeSettings(MaxBytes)), ask);
    }

    private static Result<IReadOnlyList<PledgeLineDetails>> Parse(string preview, Func<XmlReader> open, EdxlAsk ask)
    {
        if (preview.Contains("<!DOCTYPE", StringComparison.Ordinal))
        {
            return Fail("/", "contains a DTD (<!DOCTYPE …>); DTDs and entity declarations are refused");
        }

        XDocument document;
        try
        {
            // Building a tree from deeply nested elements takes time that grows with the square of the depth, so the
            // depth is checked first by a streaming pass; a real answer is less than a dozen levels deep.
            using (var scan = open())
            {
                while (scan.Read())
                {
                    if (scan.Depth > MaxDepth)
                    {
                        return Fail("/", $"nests elements more than {MaxDepth} levels deep");
                    }
                }
            }

            using var reader = open();
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return Fail("/", "is not well-formed XML: " + ex.Message);
        }
        catch (DecoderFallbackException)
        {
            return Fail("/", "is not well-formed XML: its bytes do not match its declared encoding");
        }

        return document.Root is { } root ? ReadMessage(root, ask) : Fail("/", "has no root element");
    }

    private static Result<IReadOnlyList<PledgeLineDetails>> ReadMessage(XElement rootElement, EdxlAsk ask)
    {
        var name = rootElement.Name;
        var path = "/" + name.LocalName;
        if (name == Msg + "RequestResource")
        {
            return Fail(path, "is a request, not an answer; answer it with a CommitResource or ResponseToRequestResource message");
        }

        if (!Roots.Contains(name.LocalName))
        {
            return Fail(path, "is not an EDXL-RM CommitResource or ResponseToRequestResource message");
        }

        if (name.Namespace != Msg)
        {
            var actual = name.NamespaceName.Length == 0 ? "no namespace" : $"namespace {name.NamespaceName}";
            return Fail(path, $"is in {actual}; EDXL-RM 1.0 messages are in namespace {EdxlNamespaces.Message}");
        }

        var root = new EdxlNode(rootElement, path);
        var check = new Check();
        CheckHeader(check, root, ask);
        var resources = root.Children(Msg + "ResourceInformation");
        check.That(resources.Count > 0, root.PathOf(Msg + "ResourceInformation"), root.Missing(Msg + "ResourceInformation"))
            .That(resources.Count <= MaxResources, root.Path, $"holds more than {MaxResources} ResourceInformation elements");
        if (check.Failed)
        {
            return Failure(check);
        }

        var answers = new List<PledgeLineDetails>();
        var answered = new Dictionary<Guid, string>();
        foreach (var resource in resources)
        {
            if (EdxlAnswerReader.Read(check, resource, ask, answered) is { } answer)
            {
                answers.Add(answer);
            }
        }

        foreach (var missing in ask.Lines.Where(l => !answered.ContainsKey(l.Line.Id)))
        {
            check.That(false, root.Path,
                $"request line {missing.Line.Number} (ResourceInfoElementID {EdxlIds.Line(missing.Line.Id)}) has no answer; " +
                "answer every line, declining those you cannot meet");
        }

        return check.Failed ? Failure(check) : answers;
    }

    /// <summary>A hostile message can break a rule thousands of times; the first problems are enough to act on.</summary>
    private static Result<IReadOnlyList<PledgeLineDetails>> Failure(Check check)
    {
        const int shown = 100;
        var errors = check.Errors;
        return Result<IReadOnlyList<PledgeLineDetails>>.Failure(errors.Count <= shown
            ? errors
            : [.. errors.Take(shown), new DomainError("/", $"and {errors.Count - shown} more problems")]);
    }

    private static void CheckHeader(Check check, EdxlNode root, EdxlAsk ask)
    {
        var messageId = root.Text(Msg + "MessageID");
        check.That(messageId is not null, root.PathOf(Msg + "MessageID"), root.Missing(Msg + "MessageID"))
            .That(messageId is null || messageId.Length <= 1000, root.PathOf(Msg + "MessageID"), "must be at most 1000 characters");
        var sent = root.Text(Msg + "SentDateTime");
        if (sent is null)
        {
            check.That(false, root.PathOf(Msg + "SentDateTime"), root.Missing(Msg + "SentDateTime"));
        }
        else if (!EdxlDates.TryParse(sent, out _, out var problem))
        {
            check.That(false, root.PathOf(Msg + "SentDateTime"), problem);
        }

        var contentType = root.Text(Msg + "MessageContentType")?.Trim();
        check.That(contentType == root.Element.Name.LocalName, root.PathOf(Msg + "MessageContentType"),
            contentType is null ? root.Missing(Msg + "MessageContentType") : $"says '{contentType}' but the message is a {root.Element.Name.LocalName}");
        foreach (var cited in new[] { Msg + "OriginatingMessageID", Msg + "PrecedingMessageID" })
        {
            var value = root.Text(cited)?.Trim();
            check.That(value == ask.MessageId, root.PathOf(cited), value is null
                ? root.Missing(cited) + $"; it must cite the request {ask.MessageId}"
                : $"cites '{Shorten(value)}', not the request of this ask ({ask.MessageId})");
        }

        foreach (var incident in root.Children(Msg + "IncidentInformation"))
        {
            var id = incident.Text(Rm + "IncidentID")?.Trim();
            check.That(id is null || id == ask.Event.Code, incident.PathOf(Rm + "IncidentID"), $"names incident '{Shorten(id)}', not the event {ask.Event.Code}");
        }

        foreach (var contact in root.Children(Msg + "ContactInformation").Where(c => c.Text(Rm + "ContactRole")?.Trim() == "RespondingOrg"))
        {
            var country = contact.Element.Descendants(Xal + "NameElement").Select(e => e.Attribute(Xal + "NameCode")?.Value).FirstOrDefault(v => v is not null);
            check.That(country is null || string.Equals(country, ask.Ask.Country, StringComparison.OrdinalIgnoreCase), contact.Path,
                $"answers for country '{Shorten(country)}', but this ask is {ask.Ask.Country}'s");
        }
    }

    internal static string Shorten(string? text) => text is { Length: > 80 } ? text[..80] + "…" : text ?? string.Empty;

    private static Result<IReadOnlyList<PledgeLineDetails>> Fail(string path, string message) =>
        Result<IReadOnlyList<PledgeLineDetails>>.Failure(path, message);
}
