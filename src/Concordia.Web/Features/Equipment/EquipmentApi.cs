using Concordia.Data;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concordia.Web.Features.Equipment;

/// <summary>
/// The equipment, weapons and dogs register. A country's register sits under the country (checked by the route policy);
/// a member's items under <c>/members/{memberId}/equipment</c> and those a unit holds as a whole under
/// <c>/units/{unitId}/equipment</c>, where the data layer answers 404 for another country's member or unit. Weapon serials are masked; <c>POST .../serial</c> shows one in full to those with a need to know, audited.
/// </summary>
public static class EquipmentApi
{
    /// <summary>Room for the largest authorisation document, base64-encoded, plus the rest of the request.</summary>
    private const long MaxRequestBytes = (Domain.Common.Pdf.MaxBytes / 3 * 4) + (1024 * 1024);

    public static RouteGroupBuilder MapEquipmentApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events/{eventId:guid}/countries/{country}/equipment", ForCountryAsync).RequireAuthorization(Policies.CountryRead).WithTags("Equipment")
            .WithSummary("A country's equipment, weapons and dogs register (its members' and its units'), with the weapon authorisations pending or expiring soon (serials masked).");
        var member = api.MapGroup("/members/{memberId:guid}/equipment").WithTags("Equipment");
        member.MapGet("/", (Guid memberId, ConcordiaDbContext db, TimeProvider time, CancellationToken ct) => ForHolderAsync(ItemHolder.OfMember(memberId), db, time, ct))
            .RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("A member's weapons, vehicles, radios and dogs (weapon serials masked).");
        MapItems(member, "memberId", ItemHolder.OfMember, "a member");

        // A unit's items are held by the unit as a whole (a public-order unit's vehicle and radios, a section's weapons list).
        var unit = api.MapGroup("/units/{unitId:guid}/equipment").WithTags("Equipment");
        unit.MapGet("/", (Guid unitId, ConcordiaDbContext db, TimeProvider time, CancellationToken ct) => ForHolderAsync(ItemHolder.OfUnit(unitId), db, time, ct))
            .RequireAuthorization(Policies.CountryRecordRead)
            .WithSummary("The weapons, vehicles, radios and dogs a unit holds as a whole (weapon serials masked); they arm none of its members.");
        MapItems(unit, "unitId", ItemHolder.OfUnit, "a unit as a whole");
        return api;
    }

    private static void MapItems(RouteGroupBuilder group, string holderRoute, Func<Guid, ItemHolder> holder, string whose)
    {
        group.MapPost("/", async (HttpContext http, EquipmentRequest request, ConcordiaDbContext db, TimeProvider time, CancellationToken ct) =>
            {
                var of = holder(HolderId(http, holderRoute));
                return (await EquipmentRegister.RegisterAsync(db, of, request, CurrentUser.From(http.User), time, ct))
                    .ToHttp(item => TypedResults.Created($"{of.ApiPath}/{item.Id}", item));
            }).RequireAuthorization(Policies.EquipmentManage).WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithSummary($"Registers an item for {whose}; a weapon needs its serial and authorisation status, and a granted authorisation its PDF.");
        group.MapPut("/{itemId:guid}", async (HttpContext http, Guid itemId, EquipmentRequest request, ConcordiaDbContext db, TimeProvider time,
                CancellationToken ct) =>
            (await EquipmentRegister.ChangeAsync(db, holder(HolderId(http, holderRoute)), itemId, request, CurrentUser.From(http.User), time, ct))
                .ToHttp(TypedResults.Ok)).RequireAuthorization(Policies.EquipmentManage).WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithSummary("Changes an item (send the version read; a weapon serial left out stays as stored); only the host records an authorisation as granted, refused or expired.");
        group.MapDelete("/{itemId:guid}", async (HttpContext http, Guid itemId, ConcordiaDbContext db, CancellationToken ct) =>
            (await EquipmentRegister.RemoveAsync(db, holder(HolderId(http, holderRoute)), itemId, CurrentUser.From(http.User), ct))
                .ToHttp(_ => TypedResults.NoContent())).RequireAuthorization(Policies.EquipmentManage)
            .WithSummary("Removes an item from the register.");
        group.MapPost("/{itemId:guid}/serial", async (HttpContext http, Guid itemId, ConcordiaDbContext db, CancellationToken ct) =>
            (await EquipmentRegister.RevealSerialAsync(db, holder(HolderId(http, holderRoute)), itemId, CurrentUser.From(http.User), ct))
                .ToHttp(TypedResults.Ok)).RequireAuthorization(Policies.WeaponSerialReveal)
            .WithSummary("Shows a weapon's serial number in full (host vetting officers and coordinators, the holder's own liaison); audited.");
        group.MapGet("/{itemId:guid}/document", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (HttpContext http, Guid itemId,
                ConcordiaDbContext db, CancellationToken ct) =>
            await EquipmentRegister.DocumentAsync(db, holder(HolderId(http, holderRoute)), itemId, ct) is { } document
                ? TypedResults.File(document.Content, ApiContract.Pdf, document.FileName)
                : ApiProblems.NotFound($"There is no authorisation document for item {itemId} that you can see."))
            .RequireAuthorization(Policies.CountryRecordRead).ProducesFile(ApiContract.Pdf)
            .WithSummary("Downloads a weapon's authorisation document.");
    }

    private static Guid HolderId(HttpContext http, string route) => Guid.Parse((string)http.GetRouteValue(route)!);

    private static async Task<Results<Ok<EquipmentRegisterDto>, ValidationProblem, ProblemHttpResult>> ForCountryAsync(Guid eventId, string country,
        ConcordiaDbContext db, TimeProvider time, CancellationToken ct) =>
        (await EquipmentRegister.ForCountryAsync(db, eventId, country, time, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<IReadOnlyList<EquipmentItemDto>>, ValidationProblem, ProblemHttpResult>> ForHolderAsync(ItemHolder holder,
        ConcordiaDbContext db, TimeProvider time, CancellationToken ct) =>
        (await EquipmentRegister.ForHolderAsync(db, holder, time, ct)).ToHttp(TypedResults.Ok);
}
