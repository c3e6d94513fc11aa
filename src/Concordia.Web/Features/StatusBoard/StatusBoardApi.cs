using Concordia.Data;
using Concordia.Data.StatusBoard;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concordia.Web.Features.StatusBoard;

/// <summary>The minister's-office view: requested, pledged, accepted and arrived, by country, capability, agency or phase.</summary>
public static class StatusBoardApi
{
    private static readonly string[] Headers = ["group", "requested", "pledged", "accepted", "arrived", "accepted_dogs"];

    public static RouteGroupBuilder MapStatusBoardApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/status-board").WithTags("Status board").RequireAuthorization(Policies.RequestRead);
        group.MapGet("/", GetAsync).WithSummary("The board in people, grouped by country, capability, agency or phase, with filters.");
        group.MapGet("/export.csv", CsvAsync).ProducesFile(ApiContract.Csv).WithSummary("The board's rows as CSV.");
        group.MapGet("/export.xlsx", XlsxAsync).ProducesFile(ApiContract.Xlsx).WithSummary("The board's rows as an Excel workbook.");
        return api;
    }

    private static async Task<Results<Ok<StatusBoardDto>, ValidationProblem, ProblemHttpResult>> GetAsync(Guid eventId, [AsParameters] BoardQuery query,
        ConcordiaDbContext db, StatusBoardCache boards, CancellationToken cancellationToken)
    {
        if (!query.IsValid)
        {
            return BoardQuery.Invalid();
        }

        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        return ev is null
            ? ApiProblems.NotFound(EventLookup.NotFound(eventId))
            : TypedResults.Ok(await boards.RunAsync(db, ev, query.Dimension, query.ToFilter(), cancellationToken));
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> CsvAsync(Guid eventId, [AsParameters] BoardQuery query,
        ConcordiaDbContext db, StatusBoardCache boards, HttpContext http, CancellationToken cancellationToken)
    {
        if (!query.IsValid)
        {
            return BoardQuery.Invalid();
        }

        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var board = await boards.RunAsync(db, ev, query.Dimension, query.ToFilter(), cancellationToken);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{ev.Code}-status-board.csv\"";
        await TableExport.WriteCsvAsync(http.Response.Body, Headers, Cells(board), cancellationToken);
        return TypedResults.Empty;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> XlsxAsync(Guid eventId, [AsParameters] BoardQuery query,
        ConcordiaDbContext db, StatusBoardCache boards, CancellationToken cancellationToken)
    {
        if (!query.IsValid)
        {
            return BoardQuery.Invalid();
        }

        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var board = await boards.RunAsync(db, ev, query.Dimension, query.ToFilter(), cancellationToken);
        return TypedResults.File(TableExport.ToXlsx("Status board", Headers, Cells(board)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{ev.Code}-status-board.xlsx");
    }

    private static IEnumerable<IReadOnlyList<object?>> Cells(StatusBoardDto board) =>
        board.Rows.Append(board.Total).Select(r => (IReadOnlyList<object?>)[r.Label, r.Requested, r.Pledged, r.Accepted, r.Arrived, r.AcceptedDogs]);

    /// <summary>Query-string grouping and filters of the board.</summary>
    public sealed record BoardQuery(string? By, Guid? AgencyId, Guid? RequestId, Guid? CapabilityId, string? Country, string? Phase)
    {
        /// <summary>The grouping asked for (country, capability, agency or phase; any case); country when absent.</summary>
        public BoardDimension Dimension => Enum.TryParse<BoardDimension>(By, ignoreCase: true, out var d) ? d : BoardDimension.Country;

        public bool IsValid => By is null || Enum.TryParse<BoardDimension>(By, ignoreCase: true, out _);

        public static ValidationProblem Invalid() => ApiProblems.Invalid("by", "must be country, capability, agency or phase");

        public BoardFilter ToFilter() => new(AgencyId, RequestId, CapabilityId, string.IsNullOrEmpty(Country) ? null : Country, string.IsNullOrEmpty(Phase) ? null : Phase);
    }
}
