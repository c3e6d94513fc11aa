using Concordia.Domain.Contingents;

namespace Concordia.Domain.Equipment;

/// <summary>
/// What is stated about an item; which fields apply depends on its kind, the others are dropped.
/// </summary>
/// <param name="Kind">Weapon, vehicle, radio or dog.</param>
/// <param name="Type">The weapon type (one of the legal status's weapon types), the kind of vehicle, the radio's model, the dog's breed.</param>
/// <param name="Reference">The vehicle's registration plate, the radio's call sign or serial, the dog's microchip number.</param>
/// <param name="Serial">A weapon's serial number: sensitive, encrypted at rest and masked when read.</param>
/// <param name="Name">The dog's name.</param>
/// <param name="Speciality">What the dog is trained for.</param>
/// <param name="VaccinationValidUntil">The last day the dog's rabies vaccination is valid.</param>
/// <param name="Authorisation">For a weapon: where the host's authorisation to carry it stands.</param>
/// <param name="AuthorisedFrom">First day the authorisation holds, within the event.</param>
/// <param name="AuthorisedTo">Last day the authorisation holds, within the event.</param>
public sealed record EquipmentDetails(
    EquipmentKind Kind,
    string? Type,
    string? Reference = null,
    string? Serial = null,
    string? Name = null,
    DetectionSpeciality? Speciality = null,
    DateOnly? VaccinationValidUntil = null,
    AuthorisationStatus? Authorisation = null,
    DateOnly? AuthorisedFrom = null,
    DateOnly? AuthorisedTo = null);
