using Concordia.Data;
using Concordia.Data.Auditing;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concordia.Web.Features.Audit;

/// <summary>The audit trail: read, exported, verified. There is no endpoint that changes it.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.AuditRead);
        group.MapGet("/", ListAsync).WithSummary("Audit entries, newest first, filtered by entity, user, action and time.");
        group.MapGet("/export.csv", ExportAsync).ProducesFile(ApiContract.Csv).WithSummary("The filtered audit entries as CSV.");
        group.MapGet("/verify", VerifyAsync).WithSummary("Recomputes the hash chain and names every entry that breaks it.");
        return api;
    }

    private static async Task<Ok<Page<AuditEntryDto>>> ListAsync([AsParameters] AuditQuery query, ConcordiaDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await AuditQueries.PageAsync(db, query.ToFilter(), cancellationToken));

    private static async Task ExportAsync([AsParameters] AuditQuery query, ConcordiaDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"concordia-audit.csv\"";
        await AuditCsv.WriteAsync(AuditQueries.Filter(db, query.ToFilter()), http.Response.Body, cancellationToken);
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(ConcordiaDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await AuditVerifier.VerifyAsync(db, null, cancellationToken));

    /// <summary>Query-string filters of the audit endpoints.</summary>
    public sealed record AuditQuery(string? EntityType, string? EntityId, string? User, string? Action, DateTime? From, DateTime? To, int? Offset, int? Limit)
    {
        public AuditFilter ToFilter() => new(EntityType, EntityId, User, Action, From?.ToUniversalTime(), To?.ToUniversalTime(), Offset ?? 0, Limit ?? 100);
    }
}
