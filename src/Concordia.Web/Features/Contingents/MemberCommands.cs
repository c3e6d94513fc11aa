using Concordia.Data;
using Concordia.Data.Contingents;
using Concordia.Domain.Common;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Contingents;

/// <summary>
/// Adding and changing one member, for the API and the pages alike: the member's rules, a personnel number unique in
/// the contingent, a capability of the event, and the commitment it fulfils (one with room).
/// </summary>
public static class MemberCommands
{
    public static async Task<Result<Member>> CreateAsync(ConcordiaDbContext db, Event ev, string country, MemberRequest request, CancellationToken cancellationToken)
    {
        var errors = await CheckReferencesAsync(db, ev.Id, country, request, null, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<Member>.Failure(errors);
        }

        var member = Member.Create(ev, country, request.ToDetails(), db.Access.Clock.GetUtcNow().UtcDateTime);
        if (!member.IsSuccess)
        {
            return member;
        }

        var linked = await LinkAsync(db, member.Value, request.CommitmentId, cancellationToken);
        if (!linked.IsSuccess)
        {
            return linked;
        }

        db.Members.Add(member.Value);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    /// <summary>Changes a tracked member loaded with its badges (an identity change revokes the badge in force).</summary>
    public static async Task<Result<Member>> UpdateAsync(ConcordiaDbContext db, Member member, MemberRequest request, string by, CancellationToken cancellationToken)
    {
        var errors = await CheckReferencesAsync(db, member.EventId, member.Country, request, member.Id, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<Member>.Failure(errors);
        }

        var ev = await db.Events.FirstAsync(e => e.Id == member.EventId, cancellationToken);
        var updated = member.Update(ev, request.ToDetails(), by, db.Access.Clock.GetUtcNow().UtcDateTime);
        if (!updated.IsSuccess)
        {
            return Result<Member>.Failure(updated.Errors);
        }

        var linked = await LinkAsync(db, member, request.CommitmentId, cancellationToken);
        if (!linked.IsSuccess)
        {
            return linked;
        }

        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    private static async Task<Result<Member>> LinkAsync(ConcordiaDbContext db, Member member, Guid? commitmentId, CancellationToken cancellationToken)
    {
        var commitments = await ContingentCommitments.LoadAsync(db, member.EventId, member.Country, null, cancellationToken);
        if (commitmentId is null || commitmentId == member.CommitmentId)
        {
            commitments.LinkIfLoose(member);
            return member;
        }

        if (commitments.Active(commitmentId) is not { } commitment)
        {
            return Result<Member>.Failure("commitmentId", $"there is no active commitment {commitmentId} of this contingent");
        }

        return commitments.Places.TryTake(commitment.Id)
            ? member.LinkTo(commitment)
            : Result<Member>.Failure("commitmentId", "this commitment has as many members as it has places; raise it with the host or link the member elsewhere");
    }

    private static async Task<List<DomainError>> CheckReferencesAsync(ConcordiaDbContext db, Guid eventId, string country, MemberRequest request, Guid? self,
        CancellationToken cancellationToken)
    {
        var errors = new List<DomainError>();
        if (request.CapabilityId is { } capabilityId && !await db.Capabilities.AnyAsync(c => c.Id == capabilityId && c.EventId == eventId, cancellationToken))
        {
            errors.Add(new DomainError("capabilityId", $"there is no capability {capabilityId} in this event"));
        }

        if (!string.IsNullOrWhiteSpace(request.PersonnelNumber))
        {
            var number = request.PersonnelNumber.Trim();
            var numbers = await db.Members.Where(m => m.EventId == eventId && m.Country == country && m.PersonnelNumber != null && m.Id != self)
                .Select(m => m.PersonnelNumber!).ToListAsync(cancellationToken);
            if (numbers.Contains(number, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new DomainError("personnelNumber", $"'{number}' is the number of another member of this contingent"));
            }
        }

        return errors;
    }
}
