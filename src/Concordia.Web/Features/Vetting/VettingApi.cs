using System.Security.Claims;
using Concordia.Data;
using Concordia.Domain.Contingents;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Vetting;

/// <summary>
/// Vetting and accreditation: counts and waiting times per country, the list of members with their status (a
/// liaison gets their own country only, from the data layer), decisions on many members at once and badge cards —
/// decisions and cards for vetting officers only.
/// </summary>
public static class VettingApi
{
    public static RouteGroupBuilder MapVettingApi(this RouteGroupBuilder api)
    {
        var ev = api.MapGroup("/events/{eventId:guid}").WithTags("Vetting");
        ev.MapGet("/vetting", OverviewAsync).RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("Members per accreditation status and waiting times (median days), per country.");
        ev.MapGet("/accreditations", ListAsync).RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("Members with their accreditation status, oldest submission first; filter by country and status.");
        ev.MapPost("/accreditations/decisions", DecideAsync).RequireAuthorization(Policies.AccreditationDecide)
            .WithSummary("Starts the review of, accredits, refuses, issues a badge to or revokes the badge of many members at once: all or none.");
        api.MapGet("/members/{memberId:guid}/badge.pdf", BadgeAsync).RequireAuthorization(Policies.AccreditationDecide).WithTags("Vetting").ProducesFile(ApiContract.Pdf)
            .WithSummary("The member's badge in force as a printable credit-card PDF with its QR code.");
        return api;
    }

    private static async Task<Results<Ok<VettingOverviewDto>, ProblemHttpResult>> OverviewAsync(Guid eventId, ConcordiaDbContext db, TimeProvider time,
        CancellationToken cancellationToken) =>
        await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken)
            ? TypedResults.Ok(await VettingOverview.RunAsync(db, eventId, time.GetUtcNow().UtcDateTime, cancellationToken))
            : ApiProblems.NotFound(EventLookup.NotFound(eventId));

    private static async Task<Results<Ok<Page<AccreditationRowDto>>, ValidationProblem, ProblemHttpResult>> ListAsync(Guid eventId, string? country,
        string? status, int? offset, int? limit, ConcordiaDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var statuses = Enum.GetValues<AccreditationStatus>()
            .Where(s => string.IsNullOrEmpty(status) || KebabCase.Of(s) == status || s.ToString().Equals(status, StringComparison.OrdinalIgnoreCase)).ToList();
        if (statuses.Count == 0)
        {
            return ApiProblems.Invalid("status", "must be submitted, under-review, accredited, refused, badge-issued or badge-revoked");
        }

        AccreditationStatus? wantedStatus = string.IsNullOrEmpty(status) ? null : statuses[0];
        if (offset is < 0 || limit is < 1 or > 1000)
        {
            return ApiProblems.Invalid(offset is < 0 ? "offset" : "limit", offset is < 0 ? "must not be negative" : "must be between 1 and 1000");
        }

        if (!await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var query = db.Members.AsNoTracking().Include(m => m.Badges).Where(m => m.AgencyId == null && m.EventId == eventId && m.ErasedAt == null);
        if (!string.IsNullOrEmpty(country))
        {
            query = query.Where(m => m.Country == country);
        }

        if (wantedStatus is { } wanted)
        {
            query = query.Where(m => m.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(m => m.SubmittedAt).ThenBy(m => m.Id).Skip(offset ?? 0).Take(limit ?? 100).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new Page<AccreditationRowDto>([.. page.Select(m => AccreditationRowDto.From(m, now))], total, offset ?? 0, limit ?? 100));
    }

    private static async Task<Results<Ok<AccreditationDecisionResult>, ValidationProblem, ProblemHttpResult>> DecideAsync(Guid eventId,
        AccreditationDecisionRequest request, ConcordiaDbContext db, ClaimsPrincipal user, TimeProvider time, ILoggerFactory logs,
        CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        if (request.Action is not { } action)
        {
            return ApiProblems.Invalid("action", "is required: start-review, accredit, refuse, issue-badge or revoke-badge");
        }

        try
        {
            var result = await AccreditationCommands.ApplyAsync(db, ev, request.MemberIds ?? [], action, request.Reason, CurrentUser.From(user).Name, cancellationToken);
            if (!result.IsSuccess)
            {
                return ApiProblems.Invalid(result.Errors);
            }

            Contingents.ContingentLog.AccreditationDecided(logs.CreateLogger(typeof(VettingApi)), KebabCase.Of(action), result.Value.Count, ev.Code);
            var now = time.GetUtcNow().UtcDateTime;
            return TypedResults.Ok(new AccreditationDecisionResult(action, [.. result.Value.Select(m => AccreditationRowDto.From(m, now))]));
        }
        catch (DbUpdateException)
        {
            return ApiProblems.Conflict("Another vetting officer changed these members or issued badges at the same time; nothing was changed. Reload and try again.");
        }
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> BadgeAsync(Guid memberId, ConcordiaDbContext db,
        HttpRequest request, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Include(m => m.Badges).FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return ApiProblems.NotFound($"There is no member {memberId} that you can see.");
        }

        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == member.EventId, cancellationToken);
        if (member.ActiveBadge is not { } badge)
        {
            return ApiProblems.Invalid("badge", $"the member has no badge in force (the member is {Member.Describe(member.Status)}); issue one first");
        }

        var url = BadgeOptions.From(configuration).VerificationUrl(new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"), badge.Token);
        var pdf = await BadgePrinter.RenderAsync(db, ev, member, url, cancellationToken);
        return pdf.IsSuccess ? TypedResults.File(pdf.Value.Pdf, "application/pdf", pdf.Value.FileName) : ApiProblems.Invalid(pdf.Errors);
    }
}
