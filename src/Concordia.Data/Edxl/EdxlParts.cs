using System.Xml.Linq;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using static Concordia.Data.Edxl.EdxlXml;

namespace Concordia.Data.Edxl;

/// <summary>Pieces both writers put in their messages, so that a request and its answer describe things alike.</summary>
internal static class EdxlParts
{
    /// <summary>The event is the "incident" the resources are for: its code identifies it, its name describes it.</summary>
    public static XElement Incident(Event ev) =>
        new(Msg + "IncidentInformation",
            new XElement(Rm + "IncidentID", ev.Code),
            new XElement(Rm + "IncidentDescription", Clean(ev.Name)));

    /// <summary>
    /// A party of the exchange. <paramref name="role"/> is an EDXL-RM ContactRole (Requester, RespondingOrg…); the
    /// organisation and its country go in a CIQ party, the country as its ISO 3166-1 alpha-2 code.
    /// </summary>
    public static XElement Contact(string role, string description, string organisation, string countryCode) =>
        new(Msg + "ContactInformation",
            new XElement(Rm + "ContactDescription", Clean(description)),
            new XElement(Rm + "ContactRole", role),
            new XElement(Rm + "AdditionalContactInformation",
                new XElement(Xpil + "PartyName",
                    new XElement(Xnl + "OrganisationName", new XElement(Xnl + "NameElement", Clean(organisation)))),
                new XElement(Xpil + "Addresses",
                    new XElement(Xpil + "Address",
                        new XElement(Xal + "Country",
                            new XElement(Xal + "NameElement",
                                new XAttribute(Xal + "NameCode", countryCode),
                                new XAttribute(Xal + "NameCodeType", "ISO 3166-1 alpha-2"),
                                CountryName(countryCode)))))));

    public static string CountryName(string code) => CountryCatalogue.Find(code)?.Name ?? code;

    /// <summary>The capability named for people and typed by its code in the event's catalogue.</summary>
    public static IEnumerable<XElement> ResourceType(EdxlAsk ask, Capability capability) =>
    [
        new(Msg + "Name", Clean(capability.Name)),
        ValueList(Msg + "TypeStructure", ask.CapabilityList, capability.Code),
    ];

    public static XElement Quantity(int amount) =>
        new(Msg + "AssignmentInformation",
            new XElement(Msg + "Quantity",
                new XElement(Rm + "MeasuredQuantity", new XElement(Rm + "Amount", amount))));

    public static XElement Schedule(string type, string dateTime, string? location = null) =>
        new(Msg + "ScheduleInformation",
            new XElement(Msg + "ScheduleType", type),
            new XElement(Msg + "DateTime", dateTime),
            location is null ? null : new XElement(Msg + "Location", new XElement(Rm + "LocationDescription", Clean(location))));
}
