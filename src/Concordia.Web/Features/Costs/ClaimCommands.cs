using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Costs;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Costs;

/// <summary>
/// Claims for reimbursement, for the API and the pages alike: the country's liaison (or the host) drafts a claim of the
/// country's expenses and submits it; the host approves it (in full or in part) or rejects it, and records the
/// reimbursement. A step that is not allowed in the claim's state is refused and changes nothing.
/// </summary>
public static class ClaimCommands
{
    public static async Task<Outcome<Claim>> DraftAsync(ConcordiaDbContext db, Guid eventId, string country, ClaimRequest request,
        CurrentUser caller, TimeProvider time, CancellationToken ct)
    {
        if (!CostsAccess.MayRecord(caller, country))
        {
            return Outcome<Claim>.Refused("Only the country's own liaison and the host draft the country's claims.");
        }

        if (!await db.Events.AnyAsync(e => e.Id == eventId, ct))
        {
            return Outcome<Claim>.Missing(Events.EventLookup.NotFound(eventId));
        }

        var ids = request.ExpenseIds ?? [];
        if (ids.Distinct().Count() != ids.Count)
        {
            return Outcome<Claim>.Invalid("expenseIds", "must not name an expense twice");
        }

        var found = await db.Expenses.Where(e => ids.Contains(e.Id) && e.EventId == eventId && e.Country == country).ToDictionaryAsync(e => e.Id, ct);
        var missing = ids.Select((id, i) => (id, i)).Where(x => !found.ContainsKey(x.id))
            .Select(x => new DomainError($"expenseIds[{x.i}]", $"there is no expense {x.id} of {country} at this event")).ToList();
        if (missing.Count > 0)
        {
            return Outcome<Claim>.Invalid(missing);
        }

        var agreements = await db.Agreements.Where(a => a.EventId == eventId && a.Country == country).ToListAsync(ct);
        var drafted = Claim.Draft(eventId, country, [.. ids.Select(id => found[id])], agreements, caller.Name, time.GetUtcNow().UtcDateTime);
        if (!drafted.IsSuccess)
        {
            return Outcome<Claim>.Invalid(drafted.Errors);
        }

        db.Claims.Add(drafted.Value);
        await db.SaveChangesAsync(ct);
        return Outcome<Claim>.Ok(drafted.Value);
    }

    public static Task<Outcome<Claim>> SubmitAsync(ConcordiaDbContext db, Guid eventId, string country, Guid claimId, ClaimStepRequest request,
        CurrentUser caller, TimeProvider time, CancellationToken ct) =>
        StepAsync(db, eventId, country, claimId, request.Version, CostsAccess.MayRecord(caller, country),
            "Only the country's own liaison and the host submit the country's claims.", (claim, _) => claim.Submit(time.GetUtcNow().UtcDateTime), ct);

    public static Task<Outcome<Claim>> ApproveAsync(ConcordiaDbContext db, Guid eventId, string country, Guid claimId, ClaimStepRequest request,
        CurrentUser caller, TimeProvider time, CancellationToken ct) =>
        StepAsync(db, eventId, country, claimId, request.Version, CostsAccess.IsHost(caller), "The host decides on claims: coordinators and administrators.",
            (claim, _) => claim.Approve(request.Amount, request.Note, caller.Name, time.GetUtcNow().UtcDateTime), ct);

    public static Task<Outcome<Claim>> RejectAsync(ConcordiaDbContext db, Guid eventId, string country, Guid claimId, ClaimStepRequest request,
        CurrentUser caller, TimeProvider time, CancellationToken ct) =>
        StepAsync(db, eventId, country, claimId, request.Version, CostsAccess.IsHost(caller), "The host decides on claims: coordinators and administrators.",
            (claim, expenses) => claim.Reject(request.Note, expenses, caller.Name, time.GetUtcNow().UtcDateTime), ct);

    public static Task<Outcome<Claim>> ReimburseAsync(ConcordiaDbContext db, Guid eventId, string country, Guid claimId, ClaimStepRequest request,
        CurrentUser caller, TimeProvider time, CancellationToken ct) =>
        StepAsync(db, eventId, country, claimId, request.Version, CostsAccess.IsHost(caller), "The host records reimbursements: coordinators and administrators.",
            (claim, _) => claim.Reimburse(request.Amount, request.ReimbursedOn, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddDays(1)), caller.Name,
                time.GetUtcNow().UtcDateTime), ct);

    /// <summary>The country's liaison, or the host, discards a draft claim: its expenses are free again and the claim is deleted.</summary>
    public static Task<Outcome<Claim>> DiscardAsync(ConcordiaDbContext db, Guid eventId, string country, Guid claimId, int? version,
        CurrentUser caller, CancellationToken ct) =>
        StepAsync(db, eventId, country, claimId, version, CostsAccess.MayRecord(caller, country),
            "Only the country's own liaison and the host discard the country's draft claims.", (claim, expenses) =>
            {
                var done = claim.Discard(expenses);
                if (done.IsSuccess)
                {
                    db.Claims.Remove(claim);
                }

                return done;
            }, ct);

    private static async Task<Outcome<Claim>> StepAsync(ConcordiaDbContext db, Guid eventId, string country, Guid claimId, int? version, bool allowed,
        string refusal, Func<Claim, IReadOnlyList<Expense>, Result<Claim>> step, CancellationToken ct)
    {
        if (!allowed)
        {
            return Outcome<Claim>.Refused(refusal);
        }

        var claim = await db.Claims.FirstOrDefaultAsync(c => c.Id == claimId && c.EventId == eventId && c.Country == country, ct);
        if (claim is null)
        {
            return Outcome<Claim>.Missing($"There is no claim {claimId} of {country} at this event that you can see.");
        }

        if (version is not null && version != claim.Version)
        {
            return Outcome<Claim>.Conflicting(ApiProblems.StaleVersion("The claim", version.Value, claim.Version));
        }

        var expenses = await db.Expenses.Where(e => e.ClaimId == claim.Id).ToListAsync(ct);
        var done = step(claim, expenses);
        if (!done.IsSuccess)
        {
            return Outcome<Claim>.Invalid(done.Errors);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Claim>.Ok(claim);
    }
}
