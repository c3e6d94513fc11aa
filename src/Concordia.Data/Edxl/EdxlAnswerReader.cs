using System.Globalization;
using Concordia.Domain.Common;
using Concordia.Domain.Pledges;
using Concordia.Domain.Requests;
using static Concordia.Data.Edxl.EdxlXml;

namespace Concordia.Data.Edxl;

/// <summary>
/// Reads one <c>ResourceInformation</c> of an answer into a pledge line, applying the same rules the domain applies
/// to a pledge so that an answer this reader accepts is one the pledge will accept, and every refusal names an element.
/// </summary>
internal static class EdxlAnswerReader
{
    private static readonly string[] ScheduleTypes =
    [
        "RequestedArrival", "EstimatedArrival", "ActualArrival", "RequestedDeparture", "EstimatedDeparture", "ActualDeparture",
        "RequestedReturnDeparture", "EstimatedReturnDeparture", "ActualReturnDeparture", "RequestedReturnArrival",
        "EstimatedReturnArrival", "ActualReturnArrival", "BeginAvailable", "EndAvailable", "Committed", "Current", "ReportTo", "Route",
    ];

    private static readonly string[] Arrivals = ["EstimatedArrival", "RequestedArrival", "BeginAvailable"];
    private static readonly string[] Departures = ["EstimatedReturnDeparture", "RequestedReturnDeparture", "EndAvailable"];

    public static PledgeLineDetails? Read(Check check, EdxlNode resource, EdxlAsk ask, Dictionary<Guid, string> answered)
    {
        var before = check.Errors.Count;
        var response = resource.Child(Msg + "ResponseInformation");
        check.That(response is not null, resource.PathOf(Msg + "ResponseInformation"), resource.Missing(Msg + "ResponseInformation"));
        // The line is still identified, so that one missing element does not also read as an unanswered line.
        var line = Line(check, resource, response, ask, answered);
        if (response is null)
        {
            return null;
        }

        var type = ResponseType(check, response);
        var capability = Capability(check, resource, ask, line);
        var amountPath = $"{resource.Path}/AssignmentInformation/Quantity/MeasuredQuantity/Amount";
        var quantity = Quantity(check, resource, amountPath);
        var period = Period(check, resource, ask, line);
        var armed = Armed(check, resource);
        var note = Note(check, response);
        if (check.Errors.Count > before || line is null || type is null || capability is null || period is not { } dates)
        {
            return null;
        }

        var (from, to) = dates;
        if (type == "Decline")
        {
            check.That(quantity is null or 0, amountPath, "a Decline gives 0; leave the quantity out or give 0")
                .That(note is not null, response.Path, "a Decline needs a ResponseReason (or ReasonCode) saying why");
            return new PledgeLineDetails(line.Line.Id, PledgeAnswer.Declined, capability.Id, 0, from, to, armed, note);
        }

        if (quantity is not { } given || given == 0)
        {
            check.That(false, amountPath, quantity is null ? "is required: how many units are committed" : "must be at least 1; a line you cannot meet is a Decline");
            return null;
        }

        var asked = line.Quantity;
        if (capability.Id == line.Line.CapabilityId && line.Line.Covers(from, to))
        {
            check.That(given <= asked, amountPath, $"must be between 1 and the {asked} asked; offer more in a separate unsolicited offer");
            var whole = from == line.Line.From && to == line.Line.To;
            return new PledgeLineDetails(line.Line.Id, given == asked && whole ? PledgeAnswer.Full : PledgeAnswer.Partial,
                capability.Id, given, from, to, armed, note);
        }

        check.That(type != "Accept", response.PathOf(Rm + "ResponseType"),
            "is Accept, but the answer offers another capability or period; such an answer is Provisional (a counter-offer)");
        return new PledgeLineDetails(line.Line.Id, PledgeAnswer.CounterOffer, capability.Id, given, from, to, armed, note);
    }

    /// <summary>The request line answered: PrecedingResourceInfoElementID names it; a bare ResourceInfoElementID is accepted.</summary>
    private static EdxlAskedLine? Line(Check check, EdxlNode resource, EdxlNode? response, EdxlAsk ask, Dictionary<Guid, string> answered)
    {
        var precedingName = Rm + "PrecedingResourceInfoElementID";
        var (text, path) = response?.Text(precedingName) is { } preceding
            ? (preceding, response.PathOf(precedingName))
            : (resource.Text(Msg + "ResourceInfoElementID"), resource.PathOf(Msg + "ResourceInfoElementID"));
        if (text is null)
        {
            check.That(false, response?.PathOf(precedingName) ?? path, "is required: the ResourceInfoElementID of the request line answered");
            return null;
        }

        if (!Guid.TryParse(text.Trim(), out var id) || ask.Line(id) is not { } line)
        {
            check.That(false, path, $"'{EdxlCommitReader.Shorten(text.Trim())}' is not a ResourceInfoElementID of this ask's request");
            return null;
        }

        if (answered.TryGetValue(id, out var first))
        {
            check.That(false, path, $"answers request line {line.Line.Number} again; {first} already answers it");
            return null;
        }

        answered[id] = resource.Path;
        return line;
    }

    private static string? ResponseType(Check check, EdxlNode response)
    {
        var name = Rm + "ResponseType";
        var type = response.Text(name)?.Trim();
        var known = type is "Accept" or "Provisional" or "Decline";
        check.That(known, response.PathOf(name), type is null ? response.Missing(name) : $"'{EdxlCommitReader.Shorten(type)}' must be Accept, Provisional or Decline");
        return known ? type : null;
    }

    /// <summary>TypeStructure names another capability for a counter-offer; without it the asked capability is meant.</summary>
    private static Domain.Capabilities.Capability? Capability(Check check, EdxlNode resource, EdxlAsk ask, EdxlAskedLine? line)
    {
        if (resource.Child(Msg + "Resource")?.Child(Msg + "TypeStructure") is not { } structure)
        {
            return line?.Capability;
        }

        var urn = structure.Text(Rm + "ValueListURN")?.Trim();
        if (urn != ask.CapabilityList)
        {
            check.That(false, structure.PathOf(Rm + "ValueListURN"), urn is null
                ? structure.Missing(Rm + "ValueListURN")
                : $"is '{EdxlCommitReader.Shorten(urn)}'; this event's capability codes are listed as {ask.CapabilityList}");
            return null;
        }

        var values = structure.Element.Elements(Rm + "Value").Select(v => v.Value.Trim()).ToList();
        if (values.Count != 1)
        {
            check.That(false, structure.PathOf(Rm + "Value"), values.Count == 0 ? structure.Missing(Rm + "Value") : "must hold exactly one capability code");
            return null;
        }

        var capability = ask.Capability(values[0]);
        check.That(capability is not null, structure.PathOf(Rm + "Value"),
            $"'{EdxlCommitReader.Shorten(values[0])}' is not a capability code of this event; known codes: {string.Join(", ", ask.Catalogue.Select(c => c.Code).Take(30))}");
        return capability;
    }

    private static int? Quantity(Check check, EdxlNode resource, string path)
    {
        var amount = resource.Child(Msg + "AssignmentInformation")?.Child(Msg + "Quantity")?.Child(Rm + "MeasuredQuantity")?.Element.Element(Rm + "Amount");
        if (amount is null)
        {
            return null;
        }

        var text = amount.Value.Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value != Math.Floor(value))
        {
            check.That(false, path, "must be a whole number");
            return null;
        }

        check.That(value >= 0, path, "must not be negative").That(value <= 100_000, path, "must be at most 100000");
        return value is >= 0 and <= 100_000 ? (int)value : null;
    }

    /// <summary>The committed period: an arrival and a return departure, each defaulting to the asked line's dates.</summary>
    private static (DateOnly From, DateOnly To)? Period(Check check, EdxlNode resource, EdxlAsk ask, EdxlAskedLine? line)
    {
        var ev = ask.Event;
        (DateOnly Day, string Path)? from = null, to = null;
        foreach (var schedule in resource.Children(Msg + "ScheduleInformation"))
        {
            var type = schedule.Text(Msg + "ScheduleType")?.Trim();
            if (type is null || !ScheduleTypes.Contains(type))
            {
                check.That(false, schedule.PathOf(Msg + "ScheduleType"), type is null
                    ? schedule.Missing(Msg + "ScheduleType")
                    : $"'{EdxlCommitReader.Shorten(type)}' is not an EDXL-RM schedule type");
                continue;
            }

            var isArrival = Arrivals.Contains(type);
            if (!isArrival && !Departures.Contains(type))
            {
                continue;
            }

            if ((isArrival ? from : to) is not null)
            {
                check.That(false, schedule.Path, isArrival
                    ? "states a second arrival; give one of EstimatedArrival, RequestedArrival or BeginAvailable"
                    : "states a second return departure; give one of EstimatedReturnDeparture, RequestedReturnDeparture or EndAvailable");
                continue;
            }

            var path = schedule.PathOf(Msg + "DateTime");
            if (schedule.Text(Msg + "DateTime") is not { } text)
            {
                check.That(false, path, schedule.Missing(Msg + "DateTime"));
            }
            else if (!EdxlDates.TryParse(text, out var instant, out var problem))
            {
                check.That(false, path, problem);
            }
            else if (isArrival)
            {
                from = (EdxlDates.LocalDay(ev, instant), path);
            }
            else
            {
                to = (EdxlDates.LocalDay(ev, instant), path);
            }
        }

        if (line is null)
        {
            return null;
        }

        var (first, firstPath) = from ?? (line.Line.From, resource.Path);
        var (last, lastPath) = to ?? (line.Line.To, resource.Path);
        var range = $"must lie within the event's dates {ev.Start:yyyy-MM-dd} to {ev.End:yyyy-MM-dd} ({ev.TimeZoneId})";
        check.That(first >= ev.Start && first <= ev.End, firstPath, range)
            .That(last >= ev.Start && last <= ev.End, lastPath, range)
            .That(last >= first, lastPath, "is before the arrival");
        return (first, last);
    }

    private static ArmedCondition Armed(Check check, EdxlNode resource)
    {
        var node = resource.Child(Msg + "Resource")?.Child(Msg + "TypeInfo")?.Child(Cc + "Commitment");
        if (node?.Text(Cc + "Armed")?.Trim() is not { } text)
        {
            return ArmedCondition.Either;
        }

        var known = Enum.GetNames<ArmedCondition>().Contains(text);
        check.That(known, node.PathOf(Cc + "Armed"), "must be Armed, Unarmed or Either");
        return known ? Enum.Parse<ArmedCondition>(text) : ArmedCondition.Either;
    }

    /// <summary>Why a line is declined, or what a counter-offer means: the free-text reason, else the reason code.</summary>
    private static string? Note(Check check, EdxlNode response)
    {
        var reason = response.Text(Rm + "ResponseReason");
        var path = response.PathOf(Rm + "ResponseReason");
        if (reason is null && response.Child(Rm + "ReasonCode")?.Text(Rm + "Value") is { } code)
        {
            (reason, path) = (code, $"{response.PathOf(Rm + "ReasonCode")}/Value");
        }

        check.That(reason is null || reason.Length <= 2000, path, "must be at most 2000 characters");
        return reason;
    }
}
