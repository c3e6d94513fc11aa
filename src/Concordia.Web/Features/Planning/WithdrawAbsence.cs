using Concordia.Data;
using Concordia.Domain.Contingents;
using Concordia.Domain.Planning;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Planning;

/// <summary>
/// Undoes a reported absence: withdrawn whole (reported by mistake) or ended early (the member is back). The member
/// can be planned again for the time given back, so a re-plan is proposed from the published plan when that time has
/// not passed yet. The same people as for reporting may do it: the member's own liaison (another country's absences
/// are not found), coordinators and planners.
/// </summary>
public sealed class WithdrawAbsence(ConcordiaDbContext db, PlanJobs jobs, TimeProvider time)
{
    public async Task<Outcome<AbsenceWithdrawal>> RunAsync(Guid memberId, Guid absenceId, AbsenceWithdrawalRequest request, CurrentUser caller, CancellationToken ct)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null)
        {
            return Outcome<AbsenceWithdrawal>.Missing($"There is no member with id {memberId}.");
        }

        if (!ReportAbsence.MayChangeAbsencesOf(caller, member))
        {
            return Outcome<AbsenceWithdrawal>.Refused("Only the member's own liaison, a coordinator or a planner withdraws their absences.");
        }

        var absence = await db.Absences.SingleOrDefaultAsync(a => a.Id == absenceId && a.MemberId == memberId, ct);
        if (absence is null)
        {
            return Outcome<AbsenceWithdrawal>.Missing($"The member has no absence with id {absenceId}.");
        }

        var ev = await db.Events.SingleAsync(e => e.Id == member.EventId, ct);
        var (givenBackFrom, givenBackTo) = (absence.From, absence.To);
        if (request.BackAt is { } backAt)
        {
            var ended = absence.EndAt(backAt.UtcDateTime);
            if (!ended.IsSuccess)
            {
                return Outcome<AbsenceWithdrawal>.Invalid(ended.Errors);
            }

            givenBackFrom = absence.To;
        }
        else
        {
            db.Absences.Remove(absence);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var proposed = givenBackTo > now && await jobs.ProposeAsync(ev, PlanTrigger.AbsenceWithdrawn, request.BackAt is null
            ? $"{member.DisplayName} ({member.Country}) no longer absent from {ev.ToLocal(givenBackFrom):g} to {ev.ToLocal(givenBackTo):g} (withdrawn)"
            : $"{member.DisplayName} ({member.Country}) back at {ev.ToLocal(givenBackFrom):g}, before {ev.ToLocal(givenBackTo):g}", caller.Name, ct) is not null;
        await db.SaveChangesAsync(ct);
        return Outcome<AbsenceWithdrawal>.Ok(new AbsenceWithdrawal(absence, request.BackAt is null, proposed));
    }
}

/// <summary>How an absence is undone: empty to withdraw it whole, or when the member is back (with its offset).</summary>
public sealed record AbsenceWithdrawalRequest(DateTimeOffset? BackAt);

/// <summary>The absence as it stands after (or as it was, when withdrawn whole), and whether a re-plan was proposed.</summary>
public sealed record AbsenceWithdrawal(Absence Absence, bool Withdrawn, bool ReplanProposed);

/// <summary>An undone absence as read back: withdrawn whole or its new end, in the event's time.</summary>
public sealed record AbsenceWithdrawalDto(AbsenceDto Absence, bool Withdrawn, bool ReplanProposed);
