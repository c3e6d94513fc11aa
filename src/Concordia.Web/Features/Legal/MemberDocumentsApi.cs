using Concordia.Data;
using Concordia.Web.Features.Security;
using Concordia.Web.Features.Vetting;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concordia.Web.Features.Legal;

/// <summary>
/// Appointment and induction documents as PDF files, one member's or a whole contingent's in a ZIP file: for the host's
/// vetting officers and coordinators, and for the country's own liaison.
/// </summary>
public static class MemberDocumentsApi
{
    public static RouteGroupBuilder MapMemberDocumentsApi(this RouteGroupBuilder api)
    {
        var country = api.MapGroup("/events/{eventId:guid}/countries/{country}").WithTags("Legal status");
        country.MapGet("/members/{memberId:guid}/legal-document.pdf", MemberAsync).RequireAuthorization(Policies.LegalDocumentIssue).ProducesFile(ApiContract.Pdf)
            .WithSummary("The member's appointment (limited or full executive powers) or induction certificate (none), from the legal status, "
                + "in the host's language and the member's.");
        country.MapGet("/legal-documents.zip", ContingentAsync).RequireAuthorization(Policies.LegalDocumentIssue).ProducesFile(ApiContract.Zip)
            .WithSummary("The appointment or induction documents of every accredited member of the contingent in one ZIP file; "
                + "members without one are listed with the reason in not-issued.txt.");
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> MemberAsync(Guid eventId, string country, Guid memberId,
        ConcordiaDbContext db, HttpRequest request, IConfiguration configuration, TimeProvider time, CancellationToken ct)
    {
        var document = await MemberDocuments.ForMemberAsync(db, eventId, country, memberId, RequestBase(request), BadgeOptions.From(configuration),
            time.GetUtcNow().UtcDateTime, ct);
        return document.ToHttp(File);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ContingentAsync(Guid eventId, string country,
        ConcordiaDbContext db, HttpRequest request, IConfiguration configuration, TimeProvider time, CancellationToken ct)
    {
        var documents = await MemberDocuments.ForContingentAsync(db, eventId, country, RequestBase(request), BadgeOptions.From(configuration),
            time.GetUtcNow().UtcDateTime, ct);
        return documents.ToHttp(File);
    }

    private static FileContentHttpResult File(DocumentFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);

    private static Uri RequestBase(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
