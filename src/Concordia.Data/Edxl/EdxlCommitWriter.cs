using System.Xml.Linq;
using Concordia.Domain.Common;
using Concordia.Domain.Pledges;
using static Concordia.Data.Edxl.EdxlXml;

namespace Concordia.Data.Edxl;

/// <summary>
/// Writes a country's answer to its ask as an EDXL-RM <c>CommitResource</c> (or <c>ResponseToRequestResource</c>),
/// so that a liaison system, or a test, can answer a Concordia request in the standard's own terms. What it writes,
/// <see cref="EdxlCommitReader"/> reads back to the same pledge lines.
/// </summary>
public static class EdxlCommitWriter
{
    /// <param name="ask">The ask answered.</param>
    /// <param name="lines">One answer per line, as a liaison states them; unsolicited offers do not answer an ask.</param>
    /// <param name="sentAt">UTC instant the answer is sent.</param>
    /// <param name="kind">Which answering message to write.</param>
    /// <param name="commitId">Makes the message id; a new one is drawn when none is given.</param>
    public static Result<XDocument> Write(EdxlAsk ask, IReadOnlyList<PledgeLineDetails> lines, DateTime sentAt,
        EdxlResponseKind kind = EdxlResponseKind.CommitResource, Guid? commitId = null)
    {
        var check = new Check()
            .That(lines.Count > 0, "lines", "an answer has at least one line")
            .That(sentAt.Kind == DateTimeKind.Utc, "sentAt", "must be a UTC instant");
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            check.That(line.RequestLineId is { } id && ask.Line(id) is not null, $"lines[{i}].requestLineId", "is not a line of this ask")
                .That(line.Answer is not PledgeAnswer.Offer && Enum.IsDefined(line.Answer), $"lines[{i}].answer", "an unsolicited offer cannot answer an ask line")
                .That(ask.Capability(line.CapabilityId) is not null, $"lines[{i}].capabilityId", "is not in the event's capability catalogue")
                .That(line.From >= ask.Event.Start && line.To <= ask.Event.End && line.From <= line.To, $"lines[{i}].from",
                    $"the period must lie within the event's dates {ask.Event.Start:yyyy-MM-dd} to {ask.Event.End:yyyy-MM-dd}");
        }

        if (check.Failed)
        {
            return Result<XDocument>.Failure(check.Errors);
        }

        var ev = ask.Event;
        var rootName = kind.ToString();
        var root = new XElement(Msg + rootName,
            Declarations(),
            new XElement(Msg + "MessageID", EdxlIds.Commit(ask.Ask.Id, commitId ?? Guid.CreateVersion7())),
            new XElement(Msg + "SentDateTime", EdxlDates.Instant(ev, sentAt)),
            new XElement(Msg + "MessageContentType", rootName),
            new XElement(Msg + "MessageDescription",
                Clean($"Answer of {EdxlParts.CountryName(ask.Ask.Country)} to \"{ask.Request.Title}\" for {ev.Name}.")),
            new XElement(Msg + "OriginatingMessageID", ask.MessageId),
            new XElement(Msg + "PrecedingMessageID", ask.MessageId),
            EdxlParts.Incident(ev),
            EdxlParts.Contact("RespondingOrg", "Answering country", EdxlParts.CountryName(ask.Ask.Country), ask.Ask.Country),
            EdxlParts.Contact("Requester", "Requesting host agency", ask.Agency.Name, ev.HostCountry),
            lines.Select(line => Resource(ask, line)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>The answer as UTF-8 XML text.</summary>
    public static Result<string> WriteText(EdxlAsk ask, IReadOnlyList<PledgeLineDetails> lines, DateTime sentAt,
        EdxlResponseKind kind = EdxlResponseKind.CommitResource, Guid? commitId = null)
    {
        var document = Write(ask, lines, sentAt, kind, commitId);
        return document.IsSuccess ? ToText(document.Value) : Result<string>.Failure(document.Errors);
    }

    private static XElement Resource(EdxlAsk ask, PledgeLineDetails line)
    {
        var lineId = EdxlIds.Line(line.RequestLineId!.Value);
        var declined = line.Answer == PledgeAnswer.Declined;
        return new XElement(Msg + "ResourceInformation",
            new XElement(Msg + "ResourceInfoElementID", lineId),
            new XElement(Msg + "ResponseInformation",
                new XElement(Rm + "PrecedingResourceInfoElementID", lineId),
                new XElement(Rm + "ResponseType", ResponseType(line.Answer)),
                line.Note is { Length: > 0 } note ? new XElement(Rm + "ResponseReason", Clean(note)) : null),
            new XElement(Msg + "Resource",
                EdxlParts.ResourceType(ask, ask.Capability(line.CapabilityId)!),
                new XElement(Msg + "TypeInfo", new XElement(Cc + "Commitment", new XElement(Cc + "Armed", line.Armed)))),
            // A declined line commits nothing, so it states no quantity; its period still says what was declined.
            declined ? null : EdxlParts.Quantity(line.Quantity),
            EdxlParts.Schedule("EstimatedArrival", EdxlDates.StartOf(ask.Event, line.From)),
            EdxlParts.Schedule("EstimatedReturnDeparture", EdxlDates.EndOf(ask.Event, line.To)));
    }

    /// <summary>Full and partial answers commit the asked resource; a counter-offer is provisional until the host decides.</summary>
    private static string ResponseType(PledgeAnswer answer) => answer switch
    {
        PledgeAnswer.Full or PledgeAnswer.Partial => "Accept",
        PledgeAnswer.CounterOffer => "Provisional",
        _ => "Decline",
    };
}
