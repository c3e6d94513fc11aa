using Concordia.Data;
using Concordia.Domain.Contingents;
using Concordia.Domain.Countries;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Vetting;

/// <summary>
/// Counts and waiting times per country. A decided case waited from its (last) submission to its decision; a case not
/// yet decided has waited until now. Medians, in days, so that one old case does not hide how most are handled.
/// </summary>
public static class VettingOverview
{
    public static async Task<VettingOverviewDto> RunAsync(ConcordiaDbContext db, Guid eventId, DateTime now, CancellationToken cancellationToken)
    {
        var members = await db.Members.AsNoTracking().Where(m => m.AgencyId == null && m.EventId == eventId && m.ErasedAt == null)
            .Select(m => new Case(m.Country, m.Status, m.SubmittedAt, m.DecidedAt)).ToListAsync(cancellationToken);
        var countries = members.GroupBy(m => m.Country)
            .Select(g => Row(g.Key, CountryCatalogue.Find(g.Key)?.Name ?? g.Key, g.ToList(), now))
            .OrderBy(r => r.CountryName, StringComparer.Ordinal).ToList();
        return new VettingOverviewDto(countries, Row("all", "All countries", members, now));
    }

    private static VettingCountryDto Row(string country, string name, IReadOnlyList<Case> cases, DateTime now)
    {
        int Count(AccreditationStatus status) => cases.Count(c => c.Status == status);
        var waiting = cases.Where(c => c.DecidedAt is null && c.Status is AccreditationStatus.Submitted or AccreditationStatus.UnderReview).ToList();
        return new VettingCountryDto(country, name, Count(AccreditationStatus.Submitted), Count(AccreditationStatus.UnderReview),
            Count(AccreditationStatus.Accredited), Count(AccreditationStatus.Refused), Count(AccreditationStatus.BadgeIssued), Count(AccreditationStatus.BadgeRevoked),
            Median(cases.Where(c => c.DecidedAt is not null).Select(c => (c.DecidedAt!.Value - c.SubmittedAt).TotalDays)),
            waiting.Count, waiting.Count == 0 ? null : waiting.Min(c => c.SubmittedAt),
            Median(waiting.Select(c => (now - c.SubmittedAt).TotalDays)));
    }

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 1);
    }

    private sealed record Case(string Country, AccreditationStatus Status, DateTime SubmittedAt, DateTime? DecidedAt);
}
