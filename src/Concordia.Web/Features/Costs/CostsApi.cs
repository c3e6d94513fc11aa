using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Web.Features.Contingents;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concordia.Web.Features.Costs;

/// <summary>
/// Agreements and invitations, expenses and claims of contributing countries: the host records agreements and decides
/// on claims; a country's liaison records the country's expenses and drafts and submits its claims; a liaison reads
/// their own country's only.
/// </summary>
public static class CostsApi
{
    private const long MaxRequestBytes = Pdf.MaxBytes + (1024 * 1024);

    public static RouteGroupBuilder MapCostsApi(this RouteGroupBuilder api)
    {
        var ev = api.MapGroup("/events/{eventId:guid}").WithTags("Agreements and costs");
        ev.MapGet("/agreements", AgreementsAsync).RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("Lists the event's agreements and invitations that the caller may see (a liaison: their own country's), with who pays what.");
        ev.MapGet("/claims", ClaimsAsync).RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("Lists the event's claims for reimbursement that the caller may see.");
        ev.MapGet("/expenses/export.csv", (Guid eventId, ConcordiaDbContext db, CancellationToken ct) => ExportAsync(eventId, false, false, db, ct))
            .RequireAuthorization(Policies.CountryRecordRead).ProducesFile(ApiContract.Csv).WithSummary("The event's expenses the caller may see, as CSV.");
        ev.MapGet("/expenses/export.xlsx", (Guid eventId, ConcordiaDbContext db, CancellationToken ct) => ExportAsync(eventId, false, true, db, ct))
            .RequireAuthorization(Policies.CountryRecordRead).ProducesFile(ApiContract.Xlsx).WithSummary("The event's expenses the caller may see, as an Excel workbook.");
        ev.MapGet("/claims/export.csv", (Guid eventId, ConcordiaDbContext db, CancellationToken ct) => ExportAsync(eventId, true, false, db, ct))
            .RequireAuthorization(Policies.CountryRecordRead).ProducesFile(ApiContract.Csv).WithSummary("The event's claims the caller may see, as CSV.");
        ev.MapGet("/claims/export.xlsx", (Guid eventId, ConcordiaDbContext db, CancellationToken ct) => ExportAsync(eventId, true, true, db, ct))
            .RequireAuthorization(Policies.CountryRecordRead).ProducesFile(ApiContract.Xlsx).WithSummary("The event's claims the caller may see, as an Excel workbook.");

        var country = api.MapGroup("/events/{eventId:guid}/countries/{country}").WithTags("Agreements and costs");
        country.MapGet("/costs", CountryAsync).RequireAuthorization(Policies.CountryRead)
            .WithSummary("A country's agreements (with versions and documents), expenses, claims and money per currency.");
        country.MapPost("/agreements", (Guid eventId, string country, AgreementRequest request, ConcordiaDbContext db, TimeProvider time, HttpContext http,
                CancellationToken ct) => SaveAsync(eventId, country, null, request, db, time, http, ct))
            .RequireAuthorization(Policies.AgreementDecide).WithSummary("Records an agreement or invitation with the country and who pays each category of costs.");
        country.MapPut("/agreements/{agreementId:guid}", (Guid eventId, string country, Guid agreementId, AgreementRequest request, ConcordiaDbContext db,
                TimeProvider time, HttpContext http, CancellationToken ct) => SaveAsync(eventId, country, agreementId, request, db, time, http, ct))
            .RequireAuthorization(Policies.AgreementDecide).WithSummary("Changes an agreement (send the version last read); the earlier terms stay in its history.");
        country.MapPost("/agreements/{agreementId:guid}/documents", AttachAsync).RequireAuthorization(Policies.AgreementDecide)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .AcceptsDocument("The document as a PDF file (title= and fileName= in the query), or a multipart/form-data form with it.",
                ApiContract.Pdf, ApiContract.OctetStream)
            .WithSummary("Attaches a PDF document to an agreement (a new version of it); anything that is not a PDF is refused.");
        country.MapGet("/agreements/{agreementId:guid}/documents/{documentId:guid}", DocumentAsync).RequireAuthorization(Policies.CountryRead)
            .ProducesFile(ApiContract.Pdf).WithSummary("Downloads a document of an agreement.");
        country.MapPost("/expenses", RecordAsync).RequireAuthorization(Policies.ExpenseRecord)
            .WithSummary("Records an expense of the country (its liaison, or the host).");
        country.MapPut("/expenses/{expenseId:guid}", ChangeExpenseAsync).RequireAuthorization(Policies.ExpenseRecord)
            .WithSummary("Corrects an expense of the country; refused while the expense is in a claim.");
        country.MapDelete("/expenses/{expenseId:guid}", DeleteExpenseAsync).RequireAuthorization(Policies.ExpenseRecord)
            .WithSummary("Deletes an expense of the country; refused while the expense is in a claim.");
        country.MapPost("/expenses/{expenseId:guid}/receipt", ReceiptAsync).RequireAuthorization(Policies.ExpenseRecord)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .AcceptsDocument("The receipt as a PDF file (fileName= in the query), or a multipart/form-data form with it.", ApiContract.Pdf, ApiContract.OctetStream)
            .WithSummary("Attaches the receipt of an expense as a PDF; anything that is not a PDF is refused.");
        country.MapGet("/expenses/{expenseId:guid}/receipt", ReceiptFileAsync).RequireAuthorization(Policies.CountryRead)
            .ProducesFile(ApiContract.Pdf).WithSummary("Downloads the receipt of an expense.");
        country.MapPost("/claims", DraftAsync).RequireAuthorization(Policies.ExpenseRecord)
            .WithSummary("Drafts a claim of the country's expenses, in one currency, for what the host pays under the agreements.");
        country.MapPost("/claims/{claimId:guid}/submit", (Guid eventId, string country, Guid claimId, ClaimStepRequest request, ConcordiaDbContext db,
                TimeProvider time, HttpContext http, CancellationToken ct) => StepAsync(ClaimCommands.SubmitAsync, eventId, country, claimId, request, db, time, http, ct))
            .RequireAuthorization(Policies.ExpenseRecord).WithSummary("Submits a draft claim to the host.");
        country.MapDelete("/claims/{claimId:guid}", DiscardAsync).RequireAuthorization(Policies.ExpenseRecord)
            .WithSummary("Discards a draft claim (send the version last read as version= in the query); its expenses may be claimed again.");
        country.MapPost("/claims/{claimId:guid}/approve", (Guid eventId, string country, Guid claimId, ClaimStepRequest request, ConcordiaDbContext db,
                TimeProvider time, HttpContext http, CancellationToken ct) => StepAsync(ClaimCommands.ApproveAsync, eventId, country, claimId, request, db, time, http, ct))
            .RequireAuthorization(Policies.AgreementDecide).WithSummary("Approves a submitted claim: in full, or an amount with a note saying why.");
        country.MapPost("/claims/{claimId:guid}/reject", (Guid eventId, string country, Guid claimId, ClaimStepRequest request, ConcordiaDbContext db,
                TimeProvider time, HttpContext http, CancellationToken ct) => StepAsync(ClaimCommands.RejectAsync, eventId, country, claimId, request, db, time, http, ct))
            .RequireAuthorization(Policies.AgreementDecide).WithSummary("Rejects a submitted claim with a reason (note); its expenses may be claimed again.");
        country.MapPost("/claims/{claimId:guid}/reimburse", (Guid eventId, string country, Guid claimId, ClaimStepRequest request, ConcordiaDbContext db,
                TimeProvider time, HttpContext http, CancellationToken ct) => StepAsync(ClaimCommands.ReimburseAsync, eventId, country, claimId, request, db, time, http, ct))
            .RequireAuthorization(Policies.AgreementDecide).WithSummary("Records that the host paid an approved claim back: amount and day.");

        // Cost estimates of the country's pledges (its liaison, or the host) and commitments (the host).
        country.MapPut("/pledges/{pledgeId:guid}/estimate", EstimatePledgeAsync).RequireAuthorization(Policies.ExpenseRecord)
            .WithSummary("Sets the cost estimate of a pledge of the country: a currency and an amount per category of costs.");
        country.MapPut("/commitments/{commitmentId:guid}/estimate", EstimateCommitmentAsync).RequireAuthorization(Policies.AgreementDecide)
            .WithSummary("Sets the cost estimate of a commitment of the country (send the commitment's version last read): a currency and an amount per category.");
        return api;
    }

    private static async Task<Results<Ok<EstimateDto>, ValidationProblem, ProblemHttpResult>> EstimatePledgeAsync(Guid eventId, string country, Guid pledgeId,
        EstimateRequest request, ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var done = await EstimateCommands.EstimatePledgeAsync(db, eventId, country, pledgeId, request, CurrentUser.From(http.User), time, ct);
        return done.IsSuccess ? TypedResults.Ok(await EstimateAsync(db, eventId, country, pledgeId, ct)) : done.ToHttp(_ => TypedResults.Ok<EstimateDto>(null!));
    }

    private static async Task<Results<Ok<EstimateDto>, ValidationProblem, ProblemHttpResult>> EstimateCommitmentAsync(Guid eventId, string country,
        Guid commitmentId, EstimateRequest request, ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var done = await EstimateCommands.EstimateCommitmentAsync(db, eventId, country, commitmentId, request, CurrentUser.From(http.User), time, ct);
        return done.IsSuccess ? TypedResults.Ok(await EstimateAsync(db, eventId, country, commitmentId, ct)) : done.ToHttp(_ => TypedResults.Ok<EstimateDto>(null!));
    }

    private static async Task<EstimateDto> EstimateAsync(ConcordiaDbContext db, Guid eventId, string country, Guid id, CancellationToken ct)
    {
        var ev = (await EventLookup.FindAsync(db, eventId, ct))!;
        return (await CostsQueries.CountryAsync(db, ev, country, ct)).Estimates.First(e => e.Id == id);
    }

    private static async Task<Results<Ok<IReadOnlyList<AgreementSummaryDto>>, ProblemHttpResult>> AgreementsAsync(Guid eventId, ConcordiaDbContext db,
        CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        return ev is null ? ApiProblems.NotFound(EventLookup.NotFound(eventId)) : TypedResults.Ok(await CostsQueries.AgreementsAsync(db, ev, ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<ClaimDto>>, ProblemHttpResult>> ClaimsAsync(Guid eventId, ConcordiaDbContext db, CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        return ev is null ? ApiProblems.NotFound(EventLookup.NotFound(eventId)) : TypedResults.Ok(await CostsQueries.ClaimsAsync(db, ev, ct));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(Guid eventId, bool claims, bool xlsx, ConcordiaDbContext db,
        CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        var (headers, rows) = await CostsExport.TableAsync(db, ev, claims, ct);
        var name = $"{ev.Code}-{(claims ? "claims" : "expenses")}";
        return xlsx
            ? TypedResults.File(TableExport.ToXlsx(claims ? "Claims" : "Expenses", headers, rows), ApiContract.Xlsx, name + ".xlsx")
            : TypedResults.File(await CostsExport.CsvAsync(headers, rows, ct), "text/csv; charset=utf-8", name + ".csv");
    }

    private static async Task<Results<Ok<CountryCostsDto>, ProblemHttpResult>> CountryAsync(Guid eventId, string country, ConcordiaDbContext db,
        CancellationToken ct)
    {
        var ev = await EventLookup.FindAsync(db, eventId, ct);
        return ev is null ? ApiProblems.NotFound(EventLookup.NotFound(eventId)) : TypedResults.Ok(await CostsQueries.CountryAsync(db, ev, country, ct));
    }

    private static async Task<Results<Ok<AgreementDto>, ValidationProblem, ProblemHttpResult>> SaveAsync(Guid eventId, string country, Guid? agreementId,
        AgreementRequest request, ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var saved = await AgreementCommands.SaveAsync(db, eventId, country, agreementId, request, CurrentUser.From(http.User), time, ct);
        return saved.IsSuccess ? TypedResults.Ok(await ReadAsync(db, eventId, country, saved.Value!.Id, ct)) : saved.ToHttp(_ => TypedResults.Ok<AgreementDto>(null!));
    }

    private static async Task<Results<Ok<AgreementDto>, ValidationProblem, ProblemHttpResult>> AttachAsync(Guid eventId, string country, Guid agreementId,
        string? title, string? fileName, HttpRequest request, ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        if (await UploadAsync(request, fileName, ct) is not { } upload)
        {
            return ApiProblems.Invalid("file", $"is missing or larger than the {Pdf.MaxBytes / (1024 * 1024)} MiB a document may be");
        }

        var attached = await AgreementCommands.AttachAsync(db, eventId, country, agreementId, title, upload.FileName, upload.Content,
            CurrentUser.From(http.User), time, ct);
        return attached.IsSuccess ? TypedResults.Ok(await ReadAsync(db, eventId, country, agreementId, ct)) : attached.ToHttp(_ => TypedResults.Ok<AgreementDto>(null!));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DocumentAsync(Guid eventId, string country, Guid agreementId, Guid documentId,
        ConcordiaDbContext db, CancellationToken ct)
    {
        var document = await CostsQueries.DocumentAsync(db, eventId, country, agreementId, documentId, ct);
        return document is null
            ? ApiProblems.NotFound($"There is no document {documentId} of an agreement with {country} that you can see.")
            : TypedResults.File(document.Content, ApiContract.Pdf, document.FileName);
    }

    private static async Task<Results<Created<ExpenseDto>, ValidationProblem, ProblemHttpResult>> RecordAsync(Guid eventId, string country, ExpenseRequest request,
        ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var recorded = await ExpenseCommands.RecordAsync(db, eventId, country, request, null, null, CurrentUser.From(http.User), time, ct);
        return recorded.ToHttp(e => TypedResults.Created($"/api/v1/events/{eventId}/countries/{country}/costs", ToDto(e)));
    }

    private static async Task<Results<Ok<ExpenseDto>, ValidationProblem, ProblemHttpResult>> ChangeExpenseAsync(Guid eventId, string country, Guid expenseId,
        ExpenseRequest request, ConcordiaDbContext db, HttpContext http, CancellationToken ct)
    {
        var changed = await ExpenseCommands.ChangeAsync(db, eventId, country, expenseId, request, null, null, CurrentUser.From(http.User), ct);
        return changed.ToHttp(e => TypedResults.Ok(ToDto(e)));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteExpenseAsync(Guid eventId, string country, Guid expenseId,
        ConcordiaDbContext db, HttpContext http, CancellationToken ct)
    {
        var deleted = await ExpenseCommands.DeleteAsync(db, eventId, country, expenseId, CurrentUser.From(http.User), ct);
        return deleted.ToHttp(_ => TypedResults.NoContent());
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DiscardAsync(Guid eventId, string country, Guid claimId, int? version,
        ConcordiaDbContext db, HttpContext http, CancellationToken ct)
    {
        var discarded = await ClaimCommands.DiscardAsync(db, eventId, country, claimId, version, CurrentUser.From(http.User), ct);
        return discarded.ToHttp(_ => TypedResults.NoContent());
    }

    private static async Task<Results<Ok<ExpenseDto>, ValidationProblem, ProblemHttpResult>> ReceiptAsync(Guid eventId, string country, Guid expenseId,
        string? fileName, HttpRequest request, ConcordiaDbContext db, HttpContext http, CancellationToken ct)
    {
        if (await UploadAsync(request, fileName, ct) is not { } upload)
        {
            return ApiProblems.Invalid("file", $"is missing or larger than the {Pdf.MaxBytes / (1024 * 1024)} MiB a receipt may be");
        }

        var attached = await ExpenseCommands.AttachReceiptAsync(db, eventId, country, expenseId, upload.FileName, upload.Content, CurrentUser.From(http.User), ct);
        return attached.ToHttp(e => TypedResults.Ok(ToDto(e)));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReceiptFileAsync(Guid eventId, string country, Guid expenseId,
        ConcordiaDbContext db, CancellationToken ct)
    {
        var expense = await CostsQueries.ReceiptAsync(db, eventId, country, expenseId, ct);
        return expense is null
            ? ApiProblems.NotFound($"There is no receipt of an expense {expenseId} of {country} that you can see.")
            : TypedResults.File(expense.Receipt!, ApiContract.Pdf, expense.ReceiptFileName);
    }

    private static async Task<Results<Created<ClaimDto>, ValidationProblem, ProblemHttpResult>> DraftAsync(Guid eventId, string country, ClaimRequest request,
        ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var drafted = await ClaimCommands.DraftAsync(db, eventId, country, request, CurrentUser.From(http.User), time, ct);
        if (!drafted.IsSuccess)
        {
            return drafted.ToHttp(_ => TypedResults.Created(string.Empty, (ClaimDto)null!));
        }

        var ev = (await EventLookup.FindAsync(db, eventId, ct))!;
        return TypedResults.Created($"/api/v1/events/{eventId}/countries/{country}/costs", CostsQueries.ToDto(ev, drafted.Value!));
    }

    private static async Task<Results<Ok<ClaimDto>, ValidationProblem, ProblemHttpResult>> StepAsync(
        Func<ConcordiaDbContext, Guid, string, Guid, ClaimStepRequest, CurrentUser, TimeProvider, CancellationToken, Task<Outcome<Domain.Costs.Claim>>> step,
        Guid eventId, string country, Guid claimId, ClaimStepRequest request, ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var done = await step(db, eventId, country, claimId, request, CurrentUser.From(http.User), time, ct);
        if (!done.IsSuccess)
        {
            return done.ToHttp(_ => TypedResults.Ok<ClaimDto>(null!));
        }

        var ev = (await EventLookup.FindAsync(db, eventId, ct))!;
        return TypedResults.Ok(CostsQueries.ToDto(ev, done.Value!));
    }

    private static async Task<AgreementDto> ReadAsync(ConcordiaDbContext db, Guid eventId, string country, Guid agreementId, CancellationToken ct)
    {
        var ev = (await EventLookup.FindAsync(db, eventId, ct))!;
        return (await CostsQueries.CountryAsync(db, ev, country, ct)).Agreements.First(a => a.Id == agreementId);
    }

    private static ExpenseDto ToDto(Domain.Costs.Expense e) =>
        new(e.Id, e.Country, e.Category, e.Amount, e.Currency, e.IncurredOn, e.Description, e.RecordedBy, new DateTimeOffset(e.RecordedAt, TimeSpan.Zero), e.ClaimId,
            e.ReceiptFileName, e.ReceiptFileName is null ? null : $"/api/v1/events/{e.EventId}/countries/{e.Country}/expenses/{e.Id}/receipt");

    /// <summary>The uploaded file, read up to the largest size allowed; null when it is missing or too large.</summary>
    private static async Task<(byte[] Content, string? FileName)?> UploadAsync(HttpRequest request, string? fileName, CancellationToken ct)
    {
        if (request.ContentLength > MaxRequestBytes || await RosterUpload.OpenAsync(request, fileName, ct) is not { } upload)
        {
            return null;
        }

        var content = await PdfUploads.ReadAsync(upload.Content, ct);
        return content.Length > Pdf.MaxBytes ? null : (content, upload.FileName);
    }
}
