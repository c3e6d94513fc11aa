using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Legal;
using Concordia.Web.Features.Contingents;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concordia.Web.Features.Legal;

/// <summary>
/// Legal statuses of contributing countries' officers: the host decides them and attaches their documents; host staff
/// read every country's; a liaison reads and comments on their own country's only.
/// </summary>
public static class LegalStatusApi
{
    /// <summary>Room for the largest document plus the form's own bytes.</summary>
    private const long MaxRequestBytes = Pdf.MaxBytes + (1024 * 1024);

    public static RouteGroupBuilder MapLegalStatusApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events/{eventId:guid}/legal-statuses", OverviewAsync).RequireAuthorization(Policies.CountryRecordRead).WithTags("Legal status")
            .WithSummary("Lists the legal statuses of the event that the caller may see (a liaison: their own country's), without their history.");
        var country = api.MapGroup("/events/{eventId:guid}/countries/{country}/legal-status").WithTags("Legal status");
        country.MapGet("/", ForCountryAsync).RequireAuthorization(Policies.CountryRead)
            .WithSummary("A country's legal statuses (for all its officers, and per type of officer) with their versions, comments and documents.");
        country.MapPut("/{officerType}", DecideAsync).RequireAuthorization(Policies.LegalStatusDecide)
            .WithSummary("Decides the legal status of a country's officers (officerType: 'all' or a capability kind); a change is a new version.");
        country.MapPost("/{officerType}/comments", CommentAsync).RequireAuthorization(Policies.LegalStatusComment)
            .WithSummary("Writes a remark on a legal status: the country's own liaison, or the host.");
        country.MapPost("/{officerType}/documents", AttachAsync).RequireAuthorization(Policies.LegalStatusDecide)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .AcceptsDocument("The document as a PDF file (title= and fileName= in the query), or a multipart/form-data form with it.",
                ApiContract.Pdf, ApiContract.OctetStream)
            .WithSummary("Attaches a PDF document to a legal status (a new version of it); anything that is not a PDF is refused.");
        country.MapGet("/{officerType}/documents/{documentId:guid}", DocumentAsync).RequireAuthorization(Policies.CountryRead).ProducesFile(ApiContract.Pdf)
            .WithSummary("Downloads a document of a legal status.");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<LegalStatusSummaryDto>>, ProblemHttpResult>> OverviewAsync(Guid eventId, ConcordiaDbContext db, CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        return ev is null ? ApiProblems.NotFound(EventLookup.NotFound(eventId)) : TypedResults.Ok(await LegalStatusQueries.OverviewAsync(db, ev, ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<LegalStatusDto>>, ProblemHttpResult>> ForCountryAsync(Guid eventId, string country,
        ConcordiaDbContext db, CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        return ev is null ? ApiProblems.NotFound(EventLookup.NotFound(eventId)) : TypedResults.Ok(await LegalStatusQueries.ForCountryAsync(db, ev, country, ct));
    }

    private static async Task<Results<Ok<LegalStatusDto>, ValidationProblem, ProblemHttpResult>> DecideAsync(Guid eventId, string country, string officerType,
        LegalStatusRequest request, ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var decided = await LegalStatusCommands.DecideAsync(db, eventId, country, officerType, request, CurrentUser.From(http.User), time, ct);
        if (!decided.IsSuccess)
        {
            return decided.ToHttp(_ => TypedResults.Ok<LegalStatusDto>(null!));
        }

        return TypedResults.Ok(await ReadAsync(db, eventId, decided.Value!, ct));
    }

    private static async Task<Results<Ok<LegalStatusDto>, ValidationProblem, ProblemHttpResult>> CommentAsync(Guid eventId, string country, string officerType,
        LegalCommentRequest request, ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var comment = await LegalStatusCommands.CommentAsync(db, eventId, country, officerType, request.Text, CurrentUser.From(http.User), time, ct);
        if (!comment.IsSuccess)
        {
            return comment.ToHttp(_ => TypedResults.Ok<LegalStatusDto>(null!));
        }

        var status = await db.LegalStatuses.FindAsync([comment.Value!.StatusId], ct);
        return TypedResults.Ok(await ReadAsync(db, eventId, status!, ct));
    }

    private static async Task<Results<Ok<LegalStatusDto>, ValidationProblem, ProblemHttpResult>> AttachAsync(Guid eventId, string country, string officerType,
        string? title, string? fileName, HttpRequest request, ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        if (request.ContentLength > MaxRequestBytes)
        {
            return ApiProblems.Invalid("file", $"is larger than the {Pdf.MaxBytes / (1024 * 1024)} MiB a document may be");
        }

        if (await RosterUpload.OpenAsync(request, fileName, ct) is not { } upload)
        {
            return ApiProblems.Invalid("file", "is missing: send the PDF as the body, or as the file of a multipart/form-data form");
        }

        var content = await PdfUploads.ReadAsync(upload.Content, ct);
        var attached = await LegalStatusCommands.AttachAsync(db, eventId, country, officerType, title, upload.FileName, content,
            CurrentUser.From(http.User), time, ct);
        if (!attached.IsSuccess)
        {
            return attached.ToHttp(_ => TypedResults.Ok<LegalStatusDto>(null!));
        }

        var status = await db.LegalStatuses.FindAsync([attached.Value!.StatusId], ct);
        return TypedResults.Ok(await ReadAsync(db, eventId, status!, ct));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DocumentAsync(Guid eventId, string country, string officerType, Guid documentId,
        ConcordiaDbContext db, CancellationToken ct)
    {
        var document = await LegalStatusQueries.DocumentAsync(db, eventId, country, documentId, ct);
        return document is null
            ? ApiProblems.NotFound($"There is no document {documentId} of {country}'s legal status that you can see.")
            : TypedResults.File(document.Content, ApiContract.Pdf, document.FileName);
    }

    private static async Task<LegalStatusDto> ReadAsync(ConcordiaDbContext db, Guid eventId, LegalStatus status, CancellationToken ct)
    {
        var ev = (await EventLookup.FindAsync(db, eventId, ct))!;
        return (await LegalStatusQueries.ForCountryAsync(db, ev, status.Country, ct)).First(s => s.Id == status.Id);
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes, so that a huge upload is refused without being buffered whole.</summary>
}
