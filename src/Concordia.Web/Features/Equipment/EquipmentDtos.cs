using Concordia.Domain.Contingents;
using Concordia.Domain.Equipment;

namespace Concordia.Web.Features.Equipment;

/// <summary>
/// An item to register or change. Which fields apply depends on <see cref="Kind"/> (see <see cref="EquipmentDetails"/>);
/// <see cref="Document"/> is the weapon authorisation as a PDF (base64 in JSON), required once it is granted.
/// <see cref="Version"/> is the item version the client last read (omit it to register).
/// </summary>
public sealed record EquipmentRequest(
    EquipmentKind? Kind,
    string? Type,
    string? Reference,
    string? Serial,
    string? Name,
    DetectionSpeciality? Speciality,
    DateOnly? VaccinationValidUntil,
    AuthorisationStatus? Authorisation,
    DateOnly? AuthorisedFrom,
    DateOnly? AuthorisedTo,
    string? DocumentFileName,
    byte[]? Document,
    int? Version);

/// <summary>
/// An item as read: a weapon's serial is masked (<c>••••1234</c>). It is held by a member (<see cref="MemberId"/>) or by
/// a unit as a whole (<see cref="UnitId"/>), named in <see cref="HolderName"/>.
/// </summary>
public sealed record EquipmentItemDto(
    Guid Id,
    Guid? MemberId,
    Guid? UnitId,
    string HolderName,
    string Country,
    EquipmentKind Kind,
    string Type,
    string? Reference,
    string? SerialMasked,
    string? Name,
    DetectionSpeciality? Speciality,
    DateOnly? VaccinationValidUntil,
    AuthorisationStatus? Authorisation,
    DateOnly? AuthorisedFrom,
    DateOnly? AuthorisedTo,
    string? DocumentFileName,
    bool NeedsAttention,
    int Version);

/// <summary>
/// A country's register: every item of its contingent's members and units, the weapon authorisations pending or ending
/// soon, and the members the roster declares armed who have no weapon in the register (<see cref="DeclaredArmedWithoutWeapon"/>:
/// they count as unarmed until one is registered and its authorisation granted).
/// </summary>
public sealed record EquipmentRegisterDto(
    string Country,
    int Weapons,
    int Vehicles,
    int Radios,
    int Dogs,
    int AuthorisationsPending,
    int AuthorisationsExpiringSoon,
    IReadOnlyList<string> DeclaredArmedWithoutWeapon,
    IReadOnlyList<EquipmentItemDto> Items);

/// <summary>A weapon's serial number in full, shown on an explicit request that the audit trail records.</summary>
public sealed record WeaponSerialDto(Guid Id, string Serial);
