using System.Security.Claims;
using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Domain.Common;
using Concordia.Domain.Pledges;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Notifications;
using Concordia.Web.Features.Requests;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Pledges;

/// <summary>
/// What a liaison and the host do with pledges, once, for the API and the pages alike. Who may act has already been
/// checked by the policy of the caller; what they may see is decided by the data layer; the agency is checked here.
/// </summary>
public static class PledgeCommands
{
    public static async Task<Outcome<Pledge>> SubmitAsync(ConcordiaDbContext db, Guid askId, IReadOnlyList<PledgeLineDetails> answers, ClaimsPrincipal user,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var found = await RequestViews.LoadAskAsync(db, askId, cancellationToken);
        if (found is not var (ask, request) || request.Status == Domain.Requests.RequestStatus.Draft)
        {
            return Outcome<Pledge>.Missing($"There is no ask {askId} that you can see.");
        }

        if (await db.Pledges.Where(p => p.AskId == askId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return Outcome<Pledge>.Conflicting(ApiProblems.Conflict($"This ask is already answered by pledge {existing}; amend that pledge instead.",
                new Dictionary<string, object?> { ["pledgeId"] = existing }));
        }

        var ev = (await EventLookup.FindAsync(db, request.EventId, cancellationToken))!;
        var pledge = Pledge.Submit(ev, request, ask, answers, CurrentUser.From(user).Name, time.GetUtcNow().UtcDateTime);
        if (!pledge.IsSuccess)
        {
            return Outcome<Pledge>.Invalid(pledge.Errors);
        }

        db.Pledges.Add(pledge.Value);
        await ChangeNotifications.PledgeAnsweredAsync(db, pledge.Value, revised: false, pledge.Value.SubmittedAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Pledge>.Ok(pledge.Value);
    }

    public static async Task<Outcome<Pledge>> OfferAsync(ConcordiaDbContext db, Guid eventId, string country, Guid? agencyId,
        IReadOnlyList<PledgeLineDetails> offers, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return Outcome<Pledge>.Missing(EventLookup.NotFound(eventId));
        }

        if (agencyId is not { } agency || !await db.Agencies.AnyAsync(a => a.Id == agency && a.EventId == eventId, cancellationToken))
        {
            return Outcome<Pledge>.Invalid("agencyId", "name the host agency of this event that the offer is for");
        }

        var pledge = Pledge.Offer(ev, country, agency, offers, CurrentUser.From(user).Name, time.GetUtcNow().UtcDateTime);
        if (!pledge.IsSuccess)
        {
            return Outcome<Pledge>.Invalid(pledge.Errors);
        }

        db.Pledges.Add(pledge.Value);
        await ChangeNotifications.PledgeAnsweredAsync(db, pledge.Value, revised: false, pledge.Value.SubmittedAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Pledge>.Ok(pledge.Value);
    }

    public static async Task<Outcome<Pledge>> AmendAsync(ConcordiaDbContext db, Guid pledgeId, int? version, IReadOnlyList<PledgeLineDetails> answers,
        ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var pledge = await db.Pledges.Include(p => p.Lines).FirstOrDefaultAsync(p => p.Id == pledgeId, cancellationToken);
        if (pledge is null)
        {
            return Outcome<Pledge>.Missing(NotFound(pledgeId));
        }

        if (version is not { } sent)
        {
            return Outcome<Pledge>.Invalid("version", "is required: send the version of the pledge you amend");
        }

        if (sent != pledge.Version)
        {
            return Outcome<Pledge>.Conflicting(await PledgeConflict.AnswerAsync(db, pledge, sent, cancellationToken));
        }

        var ev = (await EventLookup.FindAsync(db, pledge.EventId, cancellationToken))!;
        var found = pledge.AskId is { } askId ? await RequestViews.LoadAskAsync(db, askId, cancellationToken) : null;
        var amended = pledge.Amend(ev, found?.Request, found?.Ask, answers, CurrentUser.From(user).Name, time.GetUtcNow().UtcDateTime);
        if (!amended.IsSuccess)
        {
            return Outcome<Pledge>.Invalid(amended.Errors);
        }

        await ChangeNotifications.PledgeAnsweredAsync(db, pledge, revised: true, pledge.UpdatedAt, cancellationToken);
        return await SaveAsync(db, pledge, sent, cancellationToken);
    }

    public static async Task<Outcome<Pledge>> DecideAsync(ConcordiaDbContext db, Guid pledgeId, Guid lineId, DecisionKind decision, int? quantity, string? note,
        int version, ClaimsPrincipal user, IAuthorizationService authz, TimeProvider time, CancellationToken cancellationToken)
    {
        var pledge = await db.Pledges.Include(p => p.Lines).FirstOrDefaultAsync(p => p.Id == pledgeId, cancellationToken);
        if (pledge is null)
        {
            return Outcome<Pledge>.Missing(NotFound(pledgeId));
        }

        if (!(await authz.AuthorizeAsync(user, new AgencyScope(pledge.AgencyId), Policies.AgencyWork)).Succeeded)
        {
            return Outcome<Pledge>.Refused("You may decide only on pledges made to your own agency.");
        }

        if (version != pledge.Version)
        {
            return Outcome<Pledge>.Conflicting(await PledgeConflict.AnswerAsync(db, pledge, version, cancellationToken));
        }

        var by = CurrentUser.From(user).Name;
        var at = time.GetUtcNow().UtcDateTime;
        IReadOnlyList<DomainError> errors;
        if (decision == DecisionKind.Accept)
        {
            var commitment = pledge.Accept(lineId, quantity, by, at);
            errors = commitment.Errors;
            if (commitment.IsSuccess)
            {
                db.Commitments.Add(commitment.Value);
            }
        }
        else
        {
            errors = (decision == DecisionKind.Decline ? pledge.Decline(lineId, note ?? string.Empty, by, at) : pledge.RequestRevision(lineId, note ?? string.Empty, by, at)).Errors;
        }

        if (errors.Count > 0)
        {
            return Outcome<Pledge>.Invalid(errors);
        }

        await ChangeNotifications.PledgeDecidedAsync(db, pledge, lineId, decision, at, cancellationToken);
        return await SaveAsync(db, pledge, version, cancellationToken);
    }

    public static async Task<Outcome<Commitment>> WithdrawAsync(ConcordiaDbContext db, Guid commitmentId, string? reason, int version, ClaimsPrincipal user,
        IAuthorizationService authz, TimeProvider time, CancellationToken cancellationToken)
    {
        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.Id == commitmentId, cancellationToken);
        if (commitment is null)
        {
            return Outcome<Commitment>.Missing($"There is no commitment {commitmentId} that you can see.");
        }

        // A liaison reaches only their own country's commitments (data layer); the host side must work for the agency.
        var caller = CurrentUser.From(user);
        var asCountry = caller.IsInRole(Roles.CountryLiaison) && caller.Countries.Contains(commitment.Country);
        if (!asCountry && !(await authz.AuthorizeAsync(user, new AgencyScope(commitment.AgencyId), Policies.AgencyWork)).Succeeded)
        {
            return Outcome<Commitment>.Refused("You may withdraw only your own country's commitments, or those made to your agency.");
        }

        if (version != commitment.Version)
        {
            return Outcome<Commitment>.Conflicting(ApiProblems.StaleVersion("The commitment", version, commitment.Version));
        }

        var withdrawn = commitment.Withdraw($"{caller.Name} ({(asCountry ? commitment.Country : "host")})", time.GetUtcNow().UtcDateTime, reason ?? string.Empty);
        if (!withdrawn.IsSuccess)
        {
            return Outcome<Commitment>.Invalid(withdrawn.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Commitment>.Ok(commitment);
    }

    private static async Task<Outcome<Pledge>> SaveAsync(ConcordiaDbContext db, Pledge pledge, int sentVersion, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Pledge>.Ok(pledge);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: answer with what they changed.
            db.ChangeTracker.Clear();
            var current = await db.Pledges.Include(p => p.Lines).FirstAsync(p => p.Id == pledge.Id, cancellationToken);
            return Outcome<Pledge>.Conflicting(await PledgeConflict.AnswerAsync(db, current, sentVersion, cancellationToken));
        }
    }

    private static string NotFound(Guid pledgeId) => $"There is no pledge {pledgeId} that you can see.";
}
