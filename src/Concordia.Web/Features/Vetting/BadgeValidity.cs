using Concordia.Data;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Vetting;

/// <summary>
/// How long a new badge is valid: from the day it is issued (arrival, briefings, familiarisation visits) to the last
/// day of the member's commitment, or of the event for a member outside any commitment, and never before the member's
/// planned departure. A badge for a commitment that is over cannot be issued.
/// </summary>
internal sealed class BadgeValidity
{
    private readonly Event ev;
    private readonly IReadOnlyDictionary<Guid, DateOnly> commitmentEnds;

    private BadgeValidity(Event ev, DateOnly from, IReadOnlyDictionary<Guid, DateOnly> commitmentEnds)
    {
        this.ev = ev;
        From = from;
        this.commitmentEnds = commitmentEnds;
    }

    public DateOnly From { get; }

    public static async Task<BadgeValidity> LoadAsync(ConcordiaDbContext db, Event ev, IEnumerable<Member> members, DateTime now, CancellationToken cancellationToken)
    {
        var ids = members.Where(m => m.CommitmentId is not null).Select(m => m.CommitmentId!.Value).Distinct().ToList();
        var ends = await db.Commitments.Where(c => ids.Contains(c.Id) && c.WithdrawnAt == null).ToDictionaryAsync(c => c.Id, c => c.To, cancellationToken);
        return new BadgeValidity(ev, ev.LocalDay(now), ends);
    }

    public DateOnly Until(Member member)
    {
        var end = member.CommitmentId is { } id && commitmentEnds.TryGetValue(id, out var to) ? to : ev.End;
        return member.DepartureAt is { } departure && ev.LocalDay(departure) > end ? ev.LocalDay(departure) : end;
    }
}
