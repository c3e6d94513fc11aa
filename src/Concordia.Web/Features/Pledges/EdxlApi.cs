using System.Security.Claims;
using System.Text;
using Concordia.Data;
using Concordia.Data.Edxl;
using Concordia.Domain.Pledges;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Requests;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Pledges;

/// <summary>
/// EDXL-RM 1.0 exchange of one country's ask (docs/edxl-rm.md): the ask as a RequestResource message, and a
/// CommitResource or ResponseToRequestResource answering it, taken as that country's pledge.
/// </summary>
public static class EdxlApi
{
    public static RouteGroupBuilder MapEdxlApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/asks/{askId:guid}/edxl").WithTags("EDXL-RM");
        group.MapGet("/", ExportAsync).RequireAuthorization(Policies.CountryRecordRead).ProducesFile(ApiContract.Xml).WithSummary("The ask as an EDXL-RM 1.0 RequestResource message.");
        // The XML body is read by the handler (not declared with Accepts): a content-type check in routing would
        // answer 415 before the caller's right to the endpoint is checked. The document still describes it.
        group.MapPost("/", ImportAsync).RequireAuthorization(Policies.CountryRecordWrite)
            .AcceptsDocument("An EDXL-RM 1.0 CommitResource or ResponseToRequestResource message.", ApiContract.Xml, "text/xml")
            .WithSummary("Answers the ask with an EDXL-RM 1.0 CommitResource or ResponseToRequestResource; malformed or mismatched messages are refused naming the element.");
        return api;
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(Guid askId, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var ask = await LoadAsync(db, askId, cancellationToken);
        if (!ask.IsSuccess)
        {
            return ask.ToHttp(_ => TypedResults.Text(string.Empty));
        }

        return TypedResults.Text(EdxlRequestWriter.WriteText(ask.Value!), "application/xml", Encoding.UTF8);
    }

    private static async Task<Results<Ok<PledgeDto>, ValidationProblem, ProblemHttpResult>> ImportAsync(Guid askId, HttpRequest request, ConcordiaDbContext db,
        ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var ask = await LoadAsync(db, askId, cancellationToken);
        if (!ask.IsSuccess)
        {
            return ask.As<PledgeDto>().ToHttp(TypedResults.Ok);
        }

        if (request.ContentType?.Contains("xml", StringComparison.OrdinalIgnoreCase) != true)
        {
            return ApiProblems.Invalid("Content-Type", "must be application/xml (an EDXL-RM 1.0 CommitResource or ResponseToRequestResource)");
        }

        var lines = await EdxlCommitReader.ReadAsync(request.Body, ask.Value!, cancellationToken);
        if (!lines.IsSuccess)
        {
            return ApiProblems.Invalid(lines.Errors);
        }

        var existing = await db.Pledges.AsNoTracking().Include(p => p.Lines).FirstOrDefaultAsync(p => p.AskId == askId, cancellationToken);
        if (existing is null)
        {
            return (await PledgeCommands.SubmitAsync(db, askId, lines.Value, user, time, cancellationToken)).ToHttp(p => TypedResults.Ok(PledgeDto.From(p)));
        }

        // The message restates every line; the lines the host has already accepted stay as they are.
        var accepted = existing.Lines.Where(l => l.Decision == HostDecision.Accepted).Select(l => l.RequestLineId).ToHashSet();
        var open = lines.Value.Where(l => !accepted.Contains(l.RequestLineId)).ToList();
        return (await PledgeCommands.AmendAsync(db, existing.Id, existing.Version, open, user, time, cancellationToken)).ToHttp(p => TypedResults.Ok(PledgeDto.From(p)));
    }

    private static async Task<Outcome<EdxlAsk>> LoadAsync(ConcordiaDbContext db, Guid askId, CancellationToken cancellationToken)
    {
        var found = await RequestViews.LoadAskAsync(db, askId, cancellationToken);
        if (found is not var (ask, request) || request.Status == Domain.Requests.RequestStatus.Draft)
        {
            return Outcome<EdxlAsk>.Missing($"There is no ask {askId} that you can see.");
        }

        var ev = (await EventLookup.FindAsync(db, request.EventId, cancellationToken))!;
        var agency = await db.Agencies.FirstAsync(a => a.Id == request.AgencyId, cancellationToken);
        var catalogue = await db.Capabilities.Where(c => c.EventId == request.EventId).ToListAsync(cancellationToken);
        var edxl = EdxlAsk.Create(ev, agency, request, ask, catalogue);
        return edxl.IsSuccess ? Outcome<EdxlAsk>.Ok(edxl.Value) : Outcome<EdxlAsk>.Invalid(edxl.Errors);
    }
}
