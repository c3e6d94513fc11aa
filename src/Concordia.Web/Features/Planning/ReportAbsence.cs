using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Data.Planning;
using Concordia.Domain.Contingents;
using Concordia.Domain.Planning;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Planning;

/// <summary>
/// A member reported absent, sick or on leave for a while: the planner never plans them then, and when the published
/// plan has them on duty in that time a re-plan is proposed. A liaison reports their own country's members (others
/// are not found), coordinators and planners anyone, the host's own forces included.
/// </summary>
public sealed class ReportAbsence(ConcordiaDbContext db, PlanJobs jobs, TimeProvider time)
{
    /// <summary>
    /// Who reports and withdraws a member's absences: the member's own liaison (not for the host's forces), coordinators
    /// and planners.
    /// </summary>
    public static bool MayChangeAbsencesOf(CurrentUser caller, Member member) =>
        caller.IsInRole(Roles.Administrator) || caller.IsInRole(Roles.HostCoordinator) || caller.IsInRole(Roles.Planner)
        || (caller.IsInRole(Roles.CountryLiaison) && caller.Countries.Contains(member.Country) && !member.IsHost);

    public async Task<Outcome<Absence>> RunAsync(Guid memberId, AbsenceRequest request, CurrentUser caller, CancellationToken ct)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null)
        {
            return Outcome<Absence>.Missing($"There is no member with id {memberId}.");
        }

        if (!MayChangeAbsencesOf(caller, member))
        {
            return Outcome<Absence>.Refused("Only the member's own liaison, a coordinator or a planner reports their absences.");
        }

        if (request.Kind is not { } kind || request.From is not { } from || request.To is not { } to)
        {
            return Outcome<Absence>.Invalid([.. new[] { ("kind", request.Kind is null), ("from", request.From is null), ("to", request.To is null) }
                .Where(x => x.Item2).Select(x => new Domain.Common.DomainError(x.Item1, "is required"))]);
        }

        var ev = await db.Events.SingleAsync(e => e.Id == member.EventId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var absence = Absence.Report(ev, member, kind, from.UtcDateTime, to.UtcDateTime, request.Note, caller.Name, now);
        if (!absence.IsSuccess)
        {
            return Outcome<Absence>.Invalid(absence.Errors);
        }

        db.Absences.Add(absence.Value);
        if (await OnPublishedDutyAsync(member.Id, ev.Id, from.UtcDateTime, to.UtcDateTime, ct))
        {
            await jobs.ProposeAsync(ev, PlanTrigger.MemberAbsent, $"{member.DisplayName} ({member.Country}) absent from {ev.ToLocal(from.UtcDateTime):g} to {ev.ToLocal(to.UtcDateTime):g}", caller.Name, ct);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Absence>.Ok(absence.Value);
    }

    /// <summary>Whether the published plan has the member on a duty that overlaps the absence.</summary>
    private async Task<bool> OnPublishedDutyAsync(Guid memberId, Guid eventId, DateTime from, DateTime to, CancellationToken ct)
    {
        var published = await db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.EventId == eventId && v.State == PlanVersionState.Published, ct);
        if (published is null)
        {
            return false;
        }

        var agents = db.AgentMembersOf(published).Where(m => m.MemberId == memberId);
        return await db.DutiesOf(published).AnyAsync(d => agents.Any(a => a.Agent == d.Agent) && d.Start < to && d.End > from, ct);
    }
}

/// <summary>An absence as reported: what kind, from when to when (with their offsets), and a note.</summary>
public sealed record AbsenceRequest(AbsenceKind? Kind, DateTimeOffset? From, DateTimeOffset? To, string? Note);

/// <summary>An absence as read back, in the event's time.</summary>
public sealed record AbsenceDto(Guid Id, Guid MemberId, string Kind, DateTimeOffset From, DateTimeOffset To, string? Note, string ReportedBy, DateTimeOffset ReportedAt);
