using System.Text;
using Concordia.Data;
using Concordia.Data.Scenarios;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Scenarios;

/// <summary>Scenario files over HTTP: the same import and export as <c>concordia scenario</c>.</summary>
public static class ScenariosApi
{
    /// <summary>Scenario files of large events run to a few megabytes.</summary>
    public const long MaxScenarioBytes = 32 * 1024 * 1024;

    public static RouteGroupBuilder MapScenariosApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Scenarios");
        group.MapPost("/scenarios", ImportAsync)
            .Accepts<string>("application/json")
            .RequireAuthorization(Policies.EventManage)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxScenarioBytes))
            .WithSummary("Imports a scenario file (docs/schemas/scenario.schema.json). All or nothing; replace=true overwrites an event with the same code; "
                + "code and name import it under another code and name; startOn moves every date by the same number of days so that the event starts on that day.");
        group.MapGet("/events/{eventId:guid}/scenario", ExportAsync).RequireAuthorization(Policies.RequirementRead).ProducesFile("application/json").WithSummary("Exports an event as a scenario file.");
        group.MapGet("/scenarios/schema", () => TypedResults.Text(ScenarioSchema.Text, "application/schema+json", Encoding.UTF8))
            .AllowAnonymous()
            .ProducesFile("application/schema+json")
            .WithSummary("The JSON Schema of scenario files.");
        return api;
    }

    private static async Task<Results<Created<EventSummaryDto>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpRequest request, bool? replace, string? code, string? name, DateOnly? startOn, ScenarioImporter importer, CancellationToken cancellationToken)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return ApiProblems.Invalid("Content-Type", "must be application/json");
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var graph = ScenarioImporter.ToDomain(ScenarioReader.Read(text), new ScenarioMove(code, name, startOn));
        if (!graph.IsSuccess)
        {
            return ApiProblems.Invalid(graph.Errors);
        }

        var imported = await importer.ImportAsync(graph.Value, replace ?? false, cancellationToken);
        if (!imported.IsSuccess)
        {
            return ApiProblems.Conflict(string.Join("; ", imported.Errors));
        }

        var ev = imported.Value.Event;
        return TypedResults.Created($"/api/v1/events/{ev.Id}", EventSummaryDto.From(ev));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportAsync(
        Guid eventId, ConcordiaDbContext db, ScenarioExporter exporter, CancellationToken cancellationToken)
    {
        var code = await db.Events.Where(e => e.Id == eventId).Select(e => e.Code).FirstOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var exported = await exporter.ExportAsync(code, cancellationToken);
        return exported.IsSuccess
            ? TypedResults.Text(exported.Value, "application/json", Encoding.UTF8)
            : ApiProblems.NotFound(EventLookup.NotFound(eventId));
    }
}
