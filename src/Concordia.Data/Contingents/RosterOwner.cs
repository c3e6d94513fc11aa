using Concordia.Domain.Agencies;
using Concordia.Domain.Events;

namespace Concordia.Data.Contingents;

/// <summary>
/// Whose people a roster holds: a foreign country's contingent, or a host agency's own forces (the host's police,
/// gendarmes, soldiers), whose members carry the host country and the agency.
/// </summary>
public sealed record RosterOwner(string Country, Agency? Agency)
{
    public static RosterOwner Contingent(string country) => new(country, null);

    public static RosterOwner HostAgency(Event ev, Agency agency) => new(ev.HostCountry, agency);

    public bool IsHost => Agency is not null;

    /// <summary>How the audit trail and the logs name the owner: the country code, or the host agency's code.</summary>
    public string Key => Agency is { } agency ? $"{Country}/{agency.Code}" : Country;
}
