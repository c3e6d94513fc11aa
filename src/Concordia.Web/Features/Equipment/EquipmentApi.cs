using Concordia.Data;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concordia.Web.Features.Equipment;

/// <summary>
/// The equipment, weapons and dogs register. A country's register sits under the country (checked by the route policy);
/// a member's items under <c>/members/{memberId}/equipment</c>, where the data layer answers 404 for another country's
/// member. Weapon serials are masked; <c>POST .../serial</c> shows one in full to those with a need to know, audited.
/// </summary>
public static class EquipmentApi
{
    /// <summary>Room for the largest authorisation document, base64-encoded, plus the rest of the request.</summary>
    private const long MaxRequestBytes = (Domain.Common.Pdf.MaxBytes / 3 * 4) + (1024 * 1024);

    public static RouteGroupBuilder MapEquipmentApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events/{eventId:guid}/countries/{country}/equipment", ForCountryAsync).RequireAuthorization(Policies.CountryRead).WithTags("Equipment")
            .WithSummary("A country's equipment, weapons and dogs register, with the weapon authorisations pending or expiring soon (serials masked).");
        var member = api.MapGroup("/members/{memberId:guid}/equipment").WithTags("Equipment");
        member.MapGet("/", ForMemberAsync).RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("A member's weapons, vehicles, radios and dogs (weapon serials masked).");
        member.MapPost("/", RegisterAsync).RequireAuthorization(Policies.EquipmentManage).WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithSummary("Registers an item for a member; a weapon needs its serial and authorisation status, and a granted authorisation its PDF.");
        member.MapPut("/{itemId:guid}", ChangeAsync).RequireAuthorization(Policies.EquipmentManage).WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithSummary("Changes an item (send the version read); only the host records an authorisation as granted, refused or expired.");
        member.MapDelete("/{itemId:guid}", RemoveAsync).RequireAuthorization(Policies.EquipmentManage)
            .WithSummary("Removes an item from the register.");
        member.MapPost("/{itemId:guid}/serial", RevealSerialAsync).RequireAuthorization(Policies.WeaponSerialReveal)
            .WithSummary("Shows a weapon's serial number in full (host vetting officers and coordinators, the member's own liaison); audited.");
        member.MapGet("/{itemId:guid}/document", DocumentAsync).RequireAuthorization(Policies.CountryRecordRead).ProducesFile(ApiContract.Pdf)
            .WithSummary("Downloads a weapon's authorisation document.");
        return api;
    }

    private static async Task<Results<Ok<EquipmentRegisterDto>, ValidationProblem, ProblemHttpResult>> ForCountryAsync(Guid eventId, string country,
        ConcordiaDbContext db, TimeProvider time, CancellationToken ct) =>
        (await EquipmentRegister.ForCountryAsync(db, eventId, country, time, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<IReadOnlyList<EquipmentItemDto>>, ValidationProblem, ProblemHttpResult>> ForMemberAsync(Guid memberId,
        ConcordiaDbContext db, TimeProvider time, CancellationToken ct) =>
        (await EquipmentRegister.ForMemberAsync(db, memberId, time, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Created<EquipmentItemDto>, ValidationProblem, ProblemHttpResult>> RegisterAsync(Guid memberId, EquipmentRequest request,
        ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
        (await EquipmentRegister.RegisterAsync(db, memberId, request, CurrentUser.From(http.User), time, ct))
            .ToHttp(item => TypedResults.Created($"/api/v1/members/{memberId}/equipment/{item.Id}", item));

    private static async Task<Results<Ok<EquipmentItemDto>, ValidationProblem, ProblemHttpResult>> ChangeAsync(Guid memberId, Guid itemId,
        EquipmentRequest request, ConcordiaDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
        (await EquipmentRegister.ChangeAsync(db, memberId, itemId, request, CurrentUser.From(http.User), time, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveAsync(Guid memberId, Guid itemId, ConcordiaDbContext db,
        HttpContext http, CancellationToken ct) =>
        (await EquipmentRegister.RemoveAsync(db, memberId, itemId, CurrentUser.From(http.User), ct)).ToHttp(_ => TypedResults.NoContent());

    private static async Task<Results<Ok<WeaponSerialDto>, ValidationProblem, ProblemHttpResult>> RevealSerialAsync(Guid memberId, Guid itemId,
        ConcordiaDbContext db, HttpContext http, CancellationToken ct) =>
        (await EquipmentRegister.RevealSerialAsync(db, memberId, itemId, CurrentUser.From(http.User), ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DocumentAsync(Guid memberId, Guid itemId, ConcordiaDbContext db,
        CancellationToken ct) =>
        await EquipmentRegister.DocumentAsync(db, memberId, itemId, ct) is { } document
            ? TypedResults.File(document.Content, ApiContract.Pdf, document.FileName)
            : ApiProblems.NotFound($"There is no authorisation document for item {itemId} of member {memberId} that you can see.");
}
