using Concordia.Domain.Countries;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concordia.Web.Features.Countries;

public static class CountriesApi
{
    public static RouteGroupBuilder MapCountriesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/countries").WithTags("Countries");
        group.MapGet("/", () => TypedResults.Ok(CountryCatalogue.All.OrderBy(c => c.Name, StringComparer.Ordinal).ToList()))
            .RequireAuthorization(Policies.EventRead)
            .WithSummary("Lists the ISO 3166-1 countries.");
        group.MapGet("/{code}", Get).RequireAuthorization(Policies.EventRead).WithSummary("Reads a country by its alpha-2 or alpha-3 code.");
        return api;
    }

    private static Results<Ok<Country>, ProblemHttpResult> Get(string code) =>
        CountryCatalogue.Find(code) is { } country
            ? TypedResults.Ok(country)
            : ApiProblems.NotFound($"'{code}' is not an ISO 3166-1 alpha-2 or alpha-3 country code.");
}
