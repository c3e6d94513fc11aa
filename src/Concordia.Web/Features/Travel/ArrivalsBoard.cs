using System.Globalization;
using Concordia.Data;
using Concordia.Domain.Contingents;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Travel;

/// <summary>
/// The day-by-day arrivals board. Days are the event's local dates (an arrival at 23:30 in Paris belongs to that
/// day, whatever UTC says); "expected" counts planned arrivals of members not refused, "checked in" counts the
/// check-ins recorded that day, planned or not. The data layer limits a liaison to their own country.
/// </summary>
public static class ArrivalsBoard
{
    public const int MaxDays = 120;

    public static async Task<ArrivalsBoardDto> RunAsync(ConcordiaDbContext db, Event ev, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = ev.StartOfDayUtc(from);
        var end = ev.StartOfDayUtc(to.AddDays(1));
        var members = await db.Members.AsNoTracking()
            .Where(m => m.EventId == ev.Id && m.ErasedAt == null
                && ((m.ArrivalAt >= start && m.ArrivalAt < end) || (m.CheckedInAt >= start && m.CheckedInAt < end)))
            .Select(m => new { m.Country, m.Status, m.ArrivalAt, m.ArrivalPlace, m.ArrivalReference, m.CheckedInAt })
            .ToListAsync(cancellationToken);
        var days = new List<ArrivalDayDto>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var expected = members.Where(m => m.ArrivalAt is { } at && ev.LocalDay(at) == day && m.Status != AccreditationStatus.Refused).ToList();
            var checkedIn = members.Where(m => m.CheckedInAt is { } at && ev.LocalDay(at) == day).ToList();
            if (expected.Count == 0 && checkedIn.Count == 0)
            {
                continue;
            }

            var countries = expected.Select(m => m.Country).Concat(checkedIn.Select(m => m.Country)).Distinct()
                .Select(c => new ArrivalCountryDto(c, CountryCatalogue.Find(c)?.Name ?? c, expected.Count(m => m.Country == c), checkedIn.Count(m => m.Country == c)))
                .OrderBy(c => c.CountryName, StringComparer.Ordinal).ToList();
            var groups = expected.GroupBy(m => (m.Country, m.ArrivalAt!.Value, m.ArrivalPlace ?? string.Empty, m.ArrivalReference))
                .Select(g => new ArrivalGroupDto(g.Key.Country, ev.ToLocal(g.Key.Item2).ToString("HH:mm", CultureInfo.InvariantCulture), g.Key.Item3, g.Key.ArrivalReference,
                    g.Count(), g.Count(m => m.CheckedInAt is not null)))
                .OrderBy(g => g.LocalTime, StringComparer.Ordinal).ThenBy(g => g.Country, StringComparer.Ordinal).ToList();
            days.Add(new ArrivalDayDto(day, expected.Count, checkedIn.Count, countries, groups));
        }

        return new ArrivalsBoardDto(from, to, days);
    }
}
