using Concordia.Domain.Common;

namespace Concordia.Domain.Requests;

/// <summary>
/// One line of a request: a capability over a period (local dates of the event), optionally for a group of sites,
/// with conditions. The quantity is per country, on each <see cref="CountryAsk"/>.
/// </summary>
public sealed class RequestLine
{
    private RequestLine()
    {
        Conditions = LineConditions.None;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    /// <summary>Position of the line in the request, from 1.</summary>
    public int Number { get; private set; }

    public Guid CapabilityId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    /// <summary>Free text naming where the people will serve, e.g. "fan zones and stations".</summary>
    public string? SiteGroup { get; private set; }

    public LineConditions Conditions { get; private set; }

    public int Days => To.DayNumber - From.DayNumber + 1;

    internal static RequestLine Create(Guid requestId, int number, RequestLineDetails details) => new()
    {
        Id = Guid.CreateVersion7(),
        RequestId = requestId,
        Number = number,
        CapabilityId = details.CapabilityId,
        From = details.From,
        To = details.To,
        SiteGroup = string.IsNullOrWhiteSpace(details.SiteGroup) ? null : details.SiteGroup.Trim(),
        Conditions = details.Conditions ?? LineConditions.None,
    };

    public bool Covers(DateOnly from, DateOnly to) => from >= From && to <= To;

    internal static void CheckDetails(Check check, RequestLineDetails details, Events.Event ev, string path) =>
        check.That(details.To >= details.From, $"{path}.to", "must not be before from")
            .That(details.From >= ev.Start && details.From <= ev.End, $"{path}.from",
                $"must lie within the event's dates {ev.Start:yyyy-MM-dd} to {ev.End:yyyy-MM-dd}")
            .That(details.To <= ev.End && details.To >= ev.Start, $"{path}.to",
                $"must lie within the event's dates {ev.Start:yyyy-MM-dd} to {ev.End:yyyy-MM-dd}")
            .Optional(details.SiteGroup, $"{path}.siteGroup", 200)
            .That((details.Conditions?.Languages ?? []).All(l => l.Length == 2 && l.All(char.IsAsciiLetterLower)), $"{path}.conditions.languages",
                "must be ISO 639-1 codes such as pl or fr");
}
