using Concordia.Data;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Concordia.Domain.Lodging;
using Concordia.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Lodging;

/// <summary>
/// Who needs a bed from the host, and which nights. A member needs one unless refused, or linked to a withdrawn
/// commitment, or to a commitment whose request said the contingent lodges itself. The nights are those of the
/// member's journey (arrival day to the night before departure, in the event's time zone); without a journey, those of
/// the commitment (the eve of its first day to its last day); without either, none is known yet.
/// </summary>
public static class LodgingNeeds
{
    public static async Task<List<LodgingNeed>> LoadAsync(ConcordiaDbContext db, Event ev, CancellationToken cancellationToken)
    {
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.EventId == ev.Id)
            .Select(c => new { c.Id, c.From, c.To, c.WithdrawnAt, c.PledgeLineId }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var selfLodged = await SelfLodgedAsync(db, ev.Id, commitments.Values.Select(c => c.PledgeLineId).ToList(), cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => m.AgencyId == null && m.EventId == ev.Id && m.ErasedAt == null && m.Status != AccreditationStatus.Refused)
            .Select(m => new { m.Id, m.Country, m.UnitId, m.CommitmentId, m.ArrivalAt, m.DepartureAt }).ToListAsync(cancellationToken);
        var needs = new List<LodgingNeed>();
        foreach (var m in members)
        {
            var commitment = m.CommitmentId is { } id ? commitments.GetValueOrDefault(id) : null;
            if (commitment is not null && (commitment.WithdrawnAt is not null || selfLodged.Contains(commitment.PledgeLineId)))
            {
                continue;
            }

            NightRange? nights = m.ArrivalAt is { } arrival && m.DepartureAt is { } departure
                ? new NightRange(ev.LocalDay(arrival), ev.LocalDay(departure).AddDays(-1))
                : commitment is not null ? new NightRange(commitment.From.AddDays(-1), commitment.To) : null;
            if (nights is { Count: > 0 })
            {
                needs.Add(new LodgingNeed(m.Id, m.Country, m.UnitId, m.CommitmentId, nights));
            }
        }

        return needs;
    }

    private static async Task<HashSet<Guid>> SelfLodgedAsync(ConcordiaDbContext db, Guid eventId, List<Guid> pledgeLineIds, CancellationToken cancellationToken)
    {
        var pledgeLines = await db.Pledges.AsNoTracking().Where(p => p.EventId == eventId).SelectMany(p => p.Lines)
            .Where(l => pledgeLineIds.Contains(l.Id) && l.RequestLineId != null).Select(l => new { l.Id, l.RequestLineId }).ToListAsync(cancellationToken);
        var requestLines = await db.Requests.AsNoTracking().Where(r => r.EventId == eventId).SelectMany(r => r.Lines)
            .Select(l => new { l.Id, l.Conditions }).ToListAsync(cancellationToken);
        var selfLines = requestLines.Where(l => l.Conditions.Lodging == LodgingCondition.SelfSufficient).Select(l => l.Id).ToHashSet();
        return pledgeLines.Where(l => selfLines.Contains(l.RequestLineId!.Value)).Select(l => l.Id).ToHashSet();
    }
}
