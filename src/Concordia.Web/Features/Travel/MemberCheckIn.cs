using Concordia.Data;
using Concordia.Domain.Contingents;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Travel;

/// <summary>
/// The reception desk, for the API and the desk page alike: an accredited member whose badge is valid on the event's
/// local date is checked in; anyone else only by an override with a reason (who may override is
/// <see cref="Security.Policies.CheckInOverride"/>, checked by the caller); a check-in can be taken back. Every step is
/// in the audit trail under the caller's name.
/// </summary>
public static class MemberCheckIn
{
    public static Task<Outcome<Member>> CheckInAsync(ConcordiaDbContext db, Guid memberId, string? place, string by, CancellationToken cancellationToken) =>
        ApplyAsync(db, memberId, (member, now, day) => member.CheckIn(by, now, day, place ?? string.Empty), cancellationToken);

    public static Task<Outcome<Member>> OverrideAsync(ConcordiaDbContext db, Guid memberId, string? place, string? reason, string by,
        CancellationToken cancellationToken) =>
        ApplyAsync(db, memberId, (member, now, _) => member.CheckInDespite(by, now, place ?? string.Empty, reason), cancellationToken);

    public static Task<Outcome<Member>> UndoAsync(ConcordiaDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        ApplyAsync(db, memberId, (member, _, _) => member.UndoCheckIn(), cancellationToken);

    private static async Task<Outcome<Member>> ApplyAsync(ConcordiaDbContext db, Guid memberId,
        Func<Member, DateTime, DateOnly, Domain.Common.Result<Member>> step, CancellationToken cancellationToken)
    {
        var member = await db.Members.Include(m => m.Badges).FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return Outcome<Member>.Missing($"There is no member {memberId} that you can see.");
        }

        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == member.EventId, cancellationToken);
        var now = db.Access.Clock.GetUtcNow().UtcDateTime;
        var result = step(member, now, ev.LocalDay(now));
        if (!result.IsSuccess)
        {
            return Outcome<Member>.Invalid(result.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Member>.Ok(member);
    }
}
