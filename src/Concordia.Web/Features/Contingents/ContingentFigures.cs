using Concordia.Data;
using Concordia.Domain.Contingents;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Contingents;

/// <summary>
/// Commitments against people, per country and capability, each figure from one source: active commitments for
/// "committed" (quantity × people per unit, and dogs), members for the rest. "Accredited" counts members the vetting
/// officers accredited (with or without a badge); "arrived" counts members linked to an active commitment who checked
/// in, the same rule as the status board's, so the two can never disagree. The data layer limits a liaison to their
/// own country.
/// </summary>
public static class ContingentFigures
{
    public static async Task<List<ContingentFigureRow>> RunAsync(ConcordiaDbContext db, Guid eventId, string? country, CancellationToken cancellationToken)
    {
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == eventId).ToDictionaryAsync(c => c.Id, cancellationToken);
        var commitmentQuery = db.Commitments.AsNoTracking().Where(c => c.EventId == eventId && c.WithdrawnAt == null);
        var memberQuery = db.Members.AsNoTracking().Where(m => m.AgencyId == null && m.EventId == eventId && m.ErasedAt == null);
        if (country is not null)
        {
            commitmentQuery = commitmentQuery.Where(c => c.Country == country);
            memberQuery = memberQuery.Where(m => m.Country == country);
        }

        var commitments = await commitmentQuery.Select(c => new { c.Id, c.Country, c.CapabilityId, c.Quantity }).ToListAsync(cancellationToken);
        var members = await memberQuery.Select(m => new { m.Country, m.CapabilityId, m.CommitmentId, m.Status, Arrived = m.CheckedInAt != null, Dog = m.Dog != null })
            .ToListAsync(cancellationToken);
        var active = commitments.Select(c => c.Id).ToHashSet();
        var keys = commitments.Select(c => (c.Country, (Guid?)c.CapabilityId)).Concat(members.Select(m => (m.Country, m.CapabilityId))).Distinct();
        return keys.Select(key =>
        {
            var committed = commitments.Where(c => c.Country == key.Item1 && c.CapabilityId == key.Item2).ToList();
            var people = members.Where(m => m.Country == key.Item1 && m.CapabilityId == key.Item2).ToList();
            var capability = key.Item2 is { } id ? capabilities.GetValueOrDefault(id) : null;
            return new ContingentFigureRow(key.Item1, key.Item2, capability?.Name ?? "No capability",
                committed.Sum(c => c.Quantity * (capability?.Persons ?? 1)),
                committed.Sum(c => c.Quantity * (capability?.Dogs ?? 0)),
                people.Count(m => m.Status != AccreditationStatus.Refused),
                people.Count(m => m.CommitmentId is { } c && active.Contains(c)),
                people.Count(m => m.Status is AccreditationStatus.Accredited or AccreditationStatus.BadgeIssued or AccreditationStatus.BadgeRevoked),
                people.Count(m => m.Status == AccreditationStatus.Refused),
                people.Count(m => m.Arrived && m.CommitmentId is { } c && active.Contains(c)),
                people.Count(m => m.Dog && m.Status != AccreditationStatus.Refused));
        }).OrderBy(r => r.Country, StringComparer.Ordinal).ThenBy(r => r.CapabilityName, StringComparer.CurrentCulture).ToList();
    }
}
