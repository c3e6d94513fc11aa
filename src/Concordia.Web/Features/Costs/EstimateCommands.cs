using Concordia.Data;
using Concordia.Domain.Costs;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Costs;

/// <summary>
/// Cost estimates, for the API and the pages alike: a country's liaison (or the host) estimates what the country's pledge
/// will cost; the host estimates each commitment. The agreements say who pays each category, not how much it costs, so an
/// estimate is always entered, never computed.
/// </summary>
public static class EstimateCommands
{
    public static async Task<Outcome<Domain.Pledges.Pledge>> EstimatePledgeAsync(ConcordiaDbContext db, Guid eventId, string country, Guid pledgeId,
        EstimateRequest request, CurrentUser caller, TimeProvider time, CancellationToken ct)
    {
        if (!CostsAccess.MayRecord(caller, country))
        {
            return Outcome<Domain.Pledges.Pledge>.Refused("Only the country's own liaison and the host estimate what the country's pledge costs.");
        }

        var pledge = await db.Pledges.FirstOrDefaultAsync(p => p.Id == pledgeId && p.EventId == eventId && p.Country == country, ct);
        if (pledge is null)
        {
            return Outcome<Domain.Pledges.Pledge>.Missing($"There is no pledge {pledgeId} of {country} at this event that you can see.");
        }

        var estimate = CostEstimate.Create(request.Currency, request.Lines, caller.Name, time.GetUtcNow().UtcDateTime);
        if (!estimate.IsSuccess)
        {
            return Outcome<Domain.Pledges.Pledge>.Invalid(estimate.Errors);
        }

        pledge.Estimated(estimate.Value);
        await db.SaveChangesAsync(ct);
        return Outcome<Domain.Pledges.Pledge>.Ok(pledge);
    }

    public static async Task<Outcome<Domain.Pledges.Commitment>> EstimateCommitmentAsync(ConcordiaDbContext db, Guid eventId, string country,
        Guid commitmentId, EstimateRequest request, CurrentUser caller, TimeProvider time, CancellationToken ct)
    {
        if (!CostsAccess.IsHost(caller))
        {
            return Outcome<Domain.Pledges.Commitment>.Refused("The host estimates what a commitment costs: coordinators and administrators.");
        }

        var commitment = await db.Commitments.FirstOrDefaultAsync(c => c.Id == commitmentId && c.EventId == eventId && c.Country == country, ct);
        if (commitment is null)
        {
            return Outcome<Domain.Pledges.Commitment>.Missing($"There is no commitment {commitmentId} of {country} at this event that you can see.");
        }

        if (request.Version is { } version && version != commitment.Version)
        {
            return Outcome<Domain.Pledges.Commitment>.Conflicting(ApiProblems.StaleVersion("The commitment", version, commitment.Version));
        }

        var estimate = CostEstimate.Create(request.Currency, request.Lines, caller.Name, time.GetUtcNow().UtcDateTime);
        var done = estimate.IsSuccess ? commitment.Estimated(estimate.Value) : Domain.Common.Result<Domain.Pledges.Commitment>.Failure(estimate.Errors);
        if (!done.IsSuccess)
        {
            return Outcome<Domain.Pledges.Commitment>.Invalid(done.Errors);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Domain.Pledges.Commitment>.Ok(commitment);
    }
}
