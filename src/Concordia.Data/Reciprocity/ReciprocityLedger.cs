using Concordia.Data;
using Concordia.Domain.Countries;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.Reciprocity;

/// <summary>
/// Officer-days given and received between countries across events, from accepted, not withdrawn commitments (those
/// of recorded past events included). The giver is the committed country, the receiver the event's host. Aggregates
/// only: no person appears. Next to the officer-days, the money per currency: what the commitments are estimated to cost and
/// what countries claimed from hosts for their help.
/// </summary>
public static class ReciprocityLedger
{
    /// <param name="db">A context that sees every country's commitments (the ledger is aggregate).</param>
    /// <param name="countries">Only pairs involving these countries; null for all.</param>
    public static async Task<LedgerDto> ComputeAsync(ConcordiaDbContext db, IReadOnlyCollection<string>? countries, CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking().ToDictionaryAsync(e => e.Id, cancellationToken);
        var persons = await db.Capabilities.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Persons, cancellationToken);
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.WithdrawnAt == null).ToListAsync(cancellationToken);
        var entries = commitments
            .GroupBy(c => (c.EventId, c.Country))
            .Select(g =>
            {
                var ev = events[g.Key.EventId];
                return new LedgerEntry(ev.Code, ev.Name, ev.Start, g.Key.Country, ev.HostCountry,
                    g.Sum(c => c.Quantity * persons[c.CapabilityId]), g.Sum(c => c.Quantity * persons[c.CapabilityId] * c.Days));
            })
            .Where(e => countries is null || countries.Contains(e.Giver) || countries.Contains(e.Receiver))
            .OrderByDescending(e => e.EventStart).ThenByDescending(e => e.OfficerDays).ToList();

        var pairs = entries
            .GroupBy(e => string.CompareOrdinal(e.Giver, e.Receiver) < 0 ? (A: e.Giver, B: e.Receiver) : (A: e.Receiver, B: e.Giver))
            .Select(g => new LedgerPair(g.Key.A, Name(g.Key.A), g.Key.B, Name(g.Key.B),
                g.Where(e => e.Giver == g.Key.A).Sum(e => e.OfficerDays), g.Where(e => e.Giver == g.Key.B).Sum(e => e.OfficerDays)))
            .OrderByDescending(p => p.AGaveB + p.BGaveA).ToList();

        var totals = entries.SelectMany(e => new[] { (Country: e.Giver, Given: e.OfficerDays, Received: 0), (Country: e.Receiver, Given: 0, Received: e.OfficerDays) })
            .Where(t => countries is null || countries.Contains(t.Country))
            .GroupBy(t => t.Country)
            .Select(g => new LedgerCountry(g.Key, Name(g.Key), g.Sum(t => t.Given), g.Sum(t => t.Received)))
            .OrderByDescending(c => c.Given + c.Received).ToList();
        // Claims for reimbursement, by the claiming country and the event's host, per currency.
        var claims = await db.Claims.AsNoTracking().Where(c => c.State != Domain.Costs.ClaimState.Rejected)
            .Select(c => new { c.EventId, c.Country, c.Currency, c.ClaimedAmount, c.ApprovedAmount, c.ReimbursedAmount }).ToListAsync(cancellationToken);
        // With the estimates of the commitments not withdrawn, in their own currencies.
        var estimates = commitments.Where(c => c.Estimate is not null)
            .Select(c => (c.Country, Host: events[c.EventId].HostCountry, c.Estimate!.Currency, Estimated: c.Estimate.Total, Claimed: 0m, Approved: 0m, Reimbursed: 0m));
        var money = claims.Select(c => (c.Country, Host: events[c.EventId].HostCountry, c.Currency, Estimated: 0m, Claimed: c.ClaimedAmount,
                Approved: c.ApprovedAmount ?? 0, Reimbursed: c.ReimbursedAmount ?? 0))
            .Concat(estimates)
            .Where(c => countries is null || countries.Contains(c.Country) || countries.Contains(c.Host))
            .GroupBy(c => (c.Country, c.Host, c.Currency))
            .Select(g => new LedgerMoney(g.Key.Country, Name(g.Key.Country), g.Key.Host, Name(g.Key.Host), g.Key.Currency, g.Sum(c => c.Estimated),
                g.Sum(c => c.Claimed), g.Sum(c => c.Approved), g.Sum(c => c.Reimbursed)))
            .OrderBy(m => m.ClaimantName, StringComparer.Ordinal).ThenBy(m => m.HostName, StringComparer.Ordinal).ThenBy(m => m.Currency, StringComparer.Ordinal)
            .ToList();
        return new LedgerDto(pairs, totals, entries, money);
    }

    private static string Name(string code) => CountryCatalogue.Find(code)?.Name ?? code;
}
