using System.Security.Claims;
using Concordia.Data;
using Concordia.Data.Contingents;
using Concordia.Data.Rosters;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Contingents;

/// <summary>
/// Roster files: a liaison previews an upload (every row's errors by row and column, and what committing would do),
/// then commits it, all or nothing; exports the contingent; anyone downloads the empty templates. The file is the body
/// itself (<c>?fileName=roster.csv</c>) or the first file of a multipart form.
/// </summary>
public static class RosterApi
{
    public static RouteGroupBuilder MapRosterApi(this RouteGroupBuilder api)
    {
        var roster = api.MapGroup("/events/{eventId:guid}/countries/{country}/roster").WithTags("Rosters");
        roster.MapPost("/preview", PreviewAsync).RequireAuthorization(Policies.CountryWrite)
            .WithMetadata(new RequestSizeLimitAttribute(RosterUpload.MaxRequestBytes))
            .AcceptsDocument("The roster file (CSV or XLSX), or a multipart/form-data form with it.", ApiContract.Csv, ApiContract.Xlsx, ApiContract.OctetStream)
            .WithSummary("Reads a roster file for the caller's contingent: each row's errors, and what committing it would do. Writes nothing. " +
                "encoding= reads a CSV file in the liaison's choice (utf-8, utf-16le, utf-16be, windows-1250 … windows-1258) instead of the detected one.");
        roster.MapPost("/", CommitAsync).RequireAuthorization(Policies.CountryWrite)
            .WithMetadata(new RequestSizeLimitAttribute(RosterUpload.MaxRequestBytes))
            .AcceptsDocument("The roster file (CSV or XLSX), or a multipart/form-data form with it.", ApiContract.Csv, ApiContract.Xlsx, ApiContract.OctetStream)
            .WithSummary("Imports a roster file into the caller's contingent, all or nothing; members are matched by personnel number. " +
                "encoding= as for the preview.");
        roster.MapGet("/export", ExportAsync).RequireAuthorization(Policies.CountryPersonalData).ProducesFile(ApiContract.Csv, ApiContract.Xlsx)
            .WithSummary("The contingent as a roster file (format=csv|xlsx, language=en|fr), personal data in clear: the country's liaison and vetting officers.");
        var templates = api.MapGroup("/roster").WithTags("Rosters").RequireAuthorization(Policies.EventRead);
        templates.MapGet("/template", TemplateAsync).ProducesFile(ApiContract.Csv, ApiContract.Xlsx).WithSummary("The empty roster template (format=csv|xlsx, language=en|fr).");
        templates.MapGet("/guide", GuideAsync).ProducesFile(ApiContract.Csv).WithSummary("The roster's column guide as CSV (language=en|fr), for the CSV template.");
        return api;
    }

    private static async Task<Results<Ok<RosterPreviewDto>, ValidationProblem, ProblemHttpResult>> PreviewAsync(Guid eventId, string country, string? fileName,
        string? encoding, HttpRequest request, ConcordiaDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        return ev is null
            ? ApiProblems.NotFound(EventLookup.NotFound(eventId))
            : await PreviewForAsync(ev, RosterOwner.Contingent(country), fileName, encoding, request, db, user, cancellationToken);
    }

    private static async Task<Results<Ok<RosterPlanDto>, ValidationProblem, ProblemHttpResult>> CommitAsync(Guid eventId, string country, string? fileName,
        string? encoding, HttpRequest request, ConcordiaDbContext db, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        return ev is null
            ? ApiProblems.NotFound(EventLookup.NotFound(eventId))
            : await CommitForAsync(ev, RosterOwner.Contingent(country), fileName, encoding, request, db, user, logs, cancellationToken);
    }

    /// <summary>Reads an uploaded roster for <paramref name="owner"/> (a contingent or a host agency's forces) and says what committing it would do.</summary>
    internal static async Task<Results<Ok<RosterPreviewDto>, ValidationProblem, ProblemHttpResult>> PreviewForAsync(Event ev, RosterOwner owner, string? fileName,
        string? encoding, HttpRequest request, ConcordiaDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (UnknownEncoding(encoding) is { } badEncoding)
        {
            return badEncoding;
        }

        if (RosterUpload.RefuseIfTooLarge(request, owner) is { } tooLarge)
        {
            return TypedResults.Ok(RosterPreviewDto.From(tooLarge, null));
        }

        if (await RosterUpload.OpenAsync(request, fileName, cancellationToken) is not { } upload)
        {
            return NoFile();
        }

        var importer = new RosterImporter(db);
        var preview = await importer.ReadAsync(ev, owner, upload.Content, upload.FileName, encoding, cancellationToken);
        if (!preview.IsValid)
        {
            return TypedResults.Ok(RosterPreviewDto.From(preview, null));
        }

        var plan = await importer.PlanAsync(ev, owner, preview, CurrentUser.From(user).Name, cancellationToken);
        return plan.IsSuccess ? TypedResults.Ok(RosterPreviewDto.From(preview, plan.Value)) : ApiProblems.Invalid(plan.Errors);
    }

    /// <summary>Imports an uploaded roster into <paramref name="owner"/>'s people, all or nothing.</summary>
    internal static async Task<Results<Ok<RosterPlanDto>, ValidationProblem, ProblemHttpResult>> CommitForAsync(Event ev, RosterOwner owner, string? fileName,
        string? encoding, HttpRequest request, ConcordiaDbContext db, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        if (UnknownEncoding(encoding) is { } badEncoding)
        {
            return badEncoding;
        }

        if (RosterUpload.RefuseIfTooLarge(request, owner) is { } tooLarge)
        {
            return Refused(RosterImporter.Refusal(tooLarge)!, tooLarge);
        }

        if (await RosterUpload.OpenAsync(request, fileName, cancellationToken) is not { } upload)
        {
            return NoFile();
        }

        var importer = new RosterImporter(db);
        var preview = await importer.ReadAsync(ev, owner, upload.Content, upload.FileName, encoding, cancellationToken);
        if (RosterImporter.Refusal(preview) is { } refusal)
        {
            return Refused(refusal, preview);
        }

        try
        {
            var result = await importer.CommitAsync(ev, owner, preview, CurrentUser.From(user).Name, upload.FileName, cancellationToken);
            if (!result.IsSuccess)
            {
                return ApiProblems.Invalid(result.Errors);
            }

            ContingentLog.RosterImported(logs.CreateLogger(typeof(RosterApi)), ev.Code, owner.Key, result.Value.Created, result.Value.Updated, result.Value.Unchanged);
            return TypedResults.Ok(RosterPlanDto.From(result.Value));
        }
        catch (DbUpdateException e)
        {
            ContingentLog.RosterRejected(logs.CreateLogger(typeof(RosterApi)), e, ev.Code, owner.Key);
            return ApiProblems.Conflict("The roster could not be saved, so nothing was written: another change to these members happened at the same time, " +
                "or the database refused a row. Upload the file again.");
        }
    }

    private static ValidationProblem? UnknownEncoding(string? encoding) =>
        encoding is null || RosterEncodings.IsChoice(encoding)
            ? null
            : ApiProblems.Invalid("encoding", $"'{encoding}' is not an encoding the roster reader knows; use one of {string.Join(", ", RosterEncodings.Choices.Select(c => c.Key))}");

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(Guid eventId, string country, string? format,
        string? language, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        if (!TryFormat(format, out var fileFormat) || !TryLanguage(language, out var fileLanguage))
        {
            return BadChoice(format, language);
        }

        var ev = await EventLookup.FindAsync(db, eventId, cancellationToken);
        if (ev is null)
        {
            return ApiProblems.NotFound(EventLookup.NotFound(eventId));
        }

        using var output = new MemoryStream();
        await RosterExporter.WriteAsync(db, eventId, country, fileFormat, fileLanguage, output, cancellationToken);
        return TypedResults.File(output.ToArray(), RosterTemplates.ContentType(fileFormat), RosterExporter.FileName(ev.Code, country, fileFormat));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> TemplateAsync(string? format, string? language, CancellationToken cancellationToken)
    {
        if (!TryFormat(format, out var fileFormat) || !TryLanguage(language, out var fileLanguage))
        {
            return BadChoice(format, language);
        }

        using var output = new MemoryStream();
        await RosterTemplates.WriteAsync(output, fileFormat, fileLanguage, cancellationToken);
        return TypedResults.File(output.ToArray(), RosterTemplates.ContentType(fileFormat), RosterTemplates.FileName(fileFormat, fileLanguage));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> GuideAsync(string? language, CancellationToken cancellationToken)
    {
        if (!TryLanguage(language, out var fileLanguage))
        {
            return BadChoice(null, language);
        }

        using var output = new MemoryStream();
        await RosterTemplates.WriteGuideCsvAsync(output, fileLanguage, cancellationToken);
        return TypedResults.File(output.ToArray(), "text/csv; charset=utf-8", $"roster-columns-{(fileLanguage == RosterLanguage.French ? "fr" : "en")}.csv");
    }

    /// <summary>A refused roster: each error named by its place (row, column, header), and the same errors as structured data.</summary>
    private static ValidationProblem Refused(IReadOnlyList<DomainError> errors, RosterPreview preview)
    {
        var byPlace = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.ValidationProblem(byPlace,
            detail: $"The roster has {preview.Errors.Count} problem(s); nothing was imported. Fix them and upload the file again.",
            title: "The roster has errors",
            extensions: new Dictionary<string, object?> { ["rosterErrors"] = preview.Errors.Select(RosterErrorDto.From).ToList() });
    }

    private static ValidationProblem NoFile() =>
        ApiProblems.Invalid("file", "send the roster file as the request body, or as the file of a multipart/form-data form");

    private static ValidationProblem BadChoice(string? format, string? language) =>
        ApiProblems.Invalid(TryFormat(format, out _) ? "language" : "format", TryFormat(format, out _) ? "must be en or fr" : "must be csv or xlsx");

    internal static bool TryFormat(string? text, out RosterFileFormat format)
    {
        format = string.Equals(text, "xlsx", StringComparison.OrdinalIgnoreCase) ? RosterFileFormat.Xlsx : RosterFileFormat.Csv;
        return text is null || text.Equals("csv", StringComparison.OrdinalIgnoreCase) || text.Equals("xlsx", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool TryLanguage(string? text, out RosterLanguage language)
    {
        language = string.Equals(text, "fr", StringComparison.OrdinalIgnoreCase) ? RosterLanguage.French : RosterLanguage.English;
        return text is null || text.Equals("en", StringComparison.OrdinalIgnoreCase) || text.Equals("fr", StringComparison.OrdinalIgnoreCase);
    }
}
