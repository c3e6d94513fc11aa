using System.Security.Claims;
using Concordia.Data;
using Concordia.Data.Reciprocity;
using Concordia.Web.Features.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concordia.Web.Features.Reciprocity;

/// <summary>The reciprocity ledger: host staff see every country pair, a liaison the pairs of their own country.</summary>
public static class ReciprocityApi
{
    public static RouteGroupBuilder MapReciprocityApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reciprocity", LedgerAsync).WithTags("Reciprocity").RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("Officer-days given and received between countries across events, per pair and per country, and the money claimed for them per currency.");
        return api;
    }

    private static async Task<Ok<LedgerDto>> LedgerAsync(ClaimsPrincipal user, IServiceProvider services, CancellationToken cancellationToken)
    {
        var caller = CurrentUser.From(user);
        await using var db = SystemContext.Create(services, "reciprocity ledger");
        return TypedResults.Ok(await ReciprocityLedger.ComputeAsync(db, caller.SeesAllCountries ? null : caller.Countries, cancellationToken));
    }
}
