using Concordia.Data;
using Concordia.Domain.Countries;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Contingents;

/// <summary>
/// Contingents in figures: every country (the host's view; a liaison gets their own country only, from the data
/// layer) and one country by capability.
/// </summary>
public static class ContingentsApi
{
    public static RouteGroupBuilder MapContingentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events/{eventId:guid}/contingents", SummaryAsync).RequireAuthorization(Policies.CountryRecordRead).WithTags("Contingents")
            .WithSummary("Per country: people committed, members, linked to a commitment, accredited, refused, arrived, canine teams; a liaison sees their own country only.");
        api.MapGet("/events/{eventId:guid}/countries/{country}/contingent", CountryAsync).RequireAuthorization(Policies.CountryRead).WithTags("Contingents")
            .WithSummary("A country's contingent by capability: committed, members, accredited, arrived.");
        return api;
    }

    private static async Task<Results<Ok<List<ContingentSummaryDto>>, ProblemHttpResult>> SummaryAsync(Guid eventId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var rows = await ContingentFigures.RunAsync(db, eventId, null, cancellationToken);
        return TypedResults.Ok(rows.GroupBy(r => r.Country).Select(g => ContingentSummaryDto.Of(g.Key, CountryCatalogue.Find(g.Key)?.Name, g.ToList()))
            .OrderBy(c => c.CountryName, StringComparer.Ordinal).ToList());
    }

    private static async Task<Results<Ok<ContingentDto>, ProblemHttpResult>> CountryAsync(Guid eventId, string country, ConcordiaDbContext db,
        CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var rows = await ContingentFigures.RunAsync(db, eventId, country, cancellationToken);
        return TypedResults.Ok(Of(country, rows));
    }

    public static ContingentDto Of(string country, IReadOnlyList<ContingentFigureRow> rows) =>
        new(country, CountryCatalogue.Find(country)?.Name,
            new ContingentFigureRow(country, null, "All capabilities", rows.Sum(r => r.Committed), rows.Sum(r => r.CommittedDogs), rows.Sum(r => r.Members),
                rows.Sum(r => r.InCommitment), rows.Sum(r => r.Accredited), rows.Sum(r => r.Refused), rows.Sum(r => r.Arrived), rows.Sum(r => r.Dogs)),
            rows);
}
