using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Requests;
using static Concordia.Data.Edxl.EdxlXml;

namespace Concordia.Data.Edxl;

/// <summary>
/// Writes one country's ask as an EDXL-RM 1.0 <c>RequestResource</c> message: one <c>ResourceInformation</c> per line
/// asked of that country, in request order, each naming its request line so that the answer can cite it.
/// </summary>
public static class EdxlRequestWriter
{
    public static XDocument Write(EdxlAsk ask)
    {
        var ev = ask.Event;
        var root = new XElement(Msg + "RequestResource",
            Declarations(),
            new XElement(Msg + "MessageID", ask.MessageId),
            new XElement(Msg + "SentDateTime", EdxlDates.Instant(ev, ask.Ask.SentAt!.Value)),
            new XElement(Msg + "MessageContentType", "RequestResource"),
            new XElement(Msg + "MessageDescription", Clean(Description(ask))),
            // The request opens the conversation, so it is its own originating message; every answer repeats this id.
            new XElement(Msg + "OriginatingMessageID", ask.MessageId),
            EdxlParts.Incident(ev),
            EdxlParts.Contact("Requester", "Requesting host agency", ask.Agency.Name, ev.HostCountry),
            EdxlParts.Contact("RespondingOrg", "Asked country", EdxlParts.CountryName(ask.Ask.Country), ask.Ask.Country),
            ask.Lines.Select(line => Resource(ask, line)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>The message as UTF-8 XML text, ready to send as <c>application/xml</c>.</summary>
    public static string WriteText(EdxlAsk ask) => ToText(Write(ask));

    /// <summary>
    /// EDXL-RM 1.0 has no element for a reply deadline, so it is stated here, in a fixed sentence with an xsd:dateTime
    /// in the event's time zone that a receiving system can pick out.
    /// </summary>
    private static string Description(EdxlAsk ask)
    {
        var request = ask.Request;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{request.Title}: request for assistance from {ask.Agency.Name} ")
            .Append(CultureInfo.InvariantCulture, $"({EdxlParts.CountryName(ask.Event.HostCountry)}) to {EdxlParts.CountryName(ask.Ask.Country)} ")
            .Append(CultureInfo.InvariantCulture, $"for {ask.Event.Name}.");
        if (request.Description is { } description)
        {
            text.Append(' ').Append(description);
        }

        return text.Append(CultureInfo.InvariantCulture, $" Reply by {EdxlDates.Instant(ask.Event, request.ReplyDeadline)} ({ask.Event.TimeZoneId}).")
            .ToString();
    }

    private static XElement Resource(EdxlAsk ask, EdxlAskedLine asked)
    {
        var (line, quantity, capability) = asked;
        var ev = ask.Event;
        return new XElement(Msg + "ResourceInformation",
            new XElement(Msg + "ResourceInfoElementID", EdxlIds.Line(line.Id)),
            new XElement(Msg + "Resource",
                EdxlParts.ResourceType(ask, capability),
                new XElement(Msg + "TypeInfo", TypeInfo(capability, line.Conditions)),
                new XElement(Msg + "Description", Clean(Describe(ask, line, capability))),
                new XElement(Msg + "SpecialRequirements", Requirements(line.Conditions))),
            EdxlParts.Quantity(quantity),
            EdxlParts.Schedule("RequestedArrival", EdxlDates.StartOf(ev, line.From), line.SiteGroup),
            // RequestResource allows no "requested return"; EstimatedReturnDeparture is the end of service it offers.
            EdxlParts.Schedule("EstimatedReturnDeparture", EdxlDates.EndOf(ev, line.To)));
    }

    private static XElement TypeInfo(Capability capability, LineConditions conditions) =>
        new(Cc + "ResourceType",
            new XElement(Cc + "Kind", capability.Kind),
            new XElement(Cc + "TypeLevel", capability.TypeLevel),
            new XElement(Cc + "PersonsPerUnit", capability.Persons),
            new XElement(Cc + "DogsPerUnit", capability.Dogs),
            new XElement(Cc + "Conditions",
                conditions.Languages.Select(l => new XElement(Cc + "Language", l)),
                new XElement(Cc + "Armed", conditions.Armed),
                new XElement(Cc + "OwnEquipment", conditions.OwnEquipment),
                new XElement(Cc + "Lodging", conditions.Lodging)));

    private static string Describe(EdxlAsk ask, RequestLine line, Capability capability)
    {
        var unit = capability.Persons == 1 ? "1 person" : $"{capability.Persons} persons";
        if (capability.Dogs > 0)
        {
            unit += capability.Dogs == 1 ? " and 1 dog" : $" and {capability.Dogs} dogs";
        }

        var text = $"Line {line.Number} of \"{ask.Request.Title}\": {capability.Name} ({capability.Kind}, NIMS type {capability.TypeLevel}); " +
            $"one unit is {unit}.";
        return capability.Description is { } description ? $"{text} {description}" : text;
    }

    private static string Requirements(LineConditions conditions)
    {
        var languages = conditions.Languages.Count == 0 ? "any" : string.Join(", ", conditions.Languages);
        var armed = conditions.Armed switch
        {
            ArmedCondition.Armed => "armed",
            ArmedCondition.Unarmed => "unarmed",
            _ => "armed or unarmed, as the contributing country decides",
        };
        var lodging = conditions.Lodging == LodgingCondition.SelfSufficient ? "self-sufficient (own lodging)" : "provided by the host";
        return $"Languages: {languages}. Officers: {armed}. Own vehicles and equipment: {(conditions.OwnEquipment ? "required" : "not required")}. " +
            $"Lodging: {lodging}.";
    }
}
