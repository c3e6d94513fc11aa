namespace Concordia.Data.Rosters;

/// <summary>The columns of a contingent roster file, in the order the templates and exports write them.</summary>
public enum RosterField
{
    PersonnelNumber,
    FamilyName,
    GivenName,
    Rank,
    Service,
    Capability,
    Languages,
    Skills,
    Armed,
    WeaponAuthorisation,
    DrivingLicence,
    DateOfBirth,
    DocumentNumber,
    Phone,
    DogName,
    DogBreed,
    DogSpeciality,
    DogVaccinationDate,
    DogPassportNumber,
    LatinName,
    Unit,
}
