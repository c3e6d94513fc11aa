using Concordia.Domain.Common;

namespace Concordia.Domain.Contingents;

/// <summary>
/// The rules every member's details follow, however they arrive (a form, the API, a roster import), so that no path
/// can store what another would refuse.
/// </summary>
internal static class MemberRules
{
    public const int MaxListItems = 30;

    /// <summary>Checks <paramref name="details"/> as of <paramref name="today"/>, for a member of <paramref name="ev"/>.</summary>
    public static void Check(Check check, MemberDetails details, DateOnly today, Events.Event ev)
    {
        check.Name(details.FamilyName, "familyName", 100).Rule(details.FamilyName, "familyName", PersonValues.Name)
            .That(details.GivenName is not null && details.GivenName.Length <= 100, "givenName", "must be at most 100 characters")
            .Rule(details.GivenName, "givenName", PersonValues.Name)
            .Optional(details.Rank, "rank", 100)
            .Optional(details.Service, "service", 200)
            .Optional(details.DocumentNumber, "documentNumber", 40).Rule(details.DocumentNumber, "documentNumber", PersonValues.DocumentNumber)
            .Optional(details.Phone, "phone", 40).Rule(details.Phone, "phone", PersonValues.Phone)
            .Optional(details.LatinName, "latinName", 100).Rule(details.LatinName, "latinName", PersonValues.LatinName)
            .That(details.DateOfBirth is null || (details.DateOfBirth.Value.Year >= 1900 && details.DateOfBirth.Value <= today),
                "dateOfBirth", "must be a date between 1900 and today")
            .That(details.PersonnelNumber is null || details.PersonnelNumber.Trim().Length > 0, "personnelNumber", "must not be blank")
            .Rule(details.PersonnelNumber, "personnelNumber", PersonValues.PersonnelNumber);

        var languages = details.Languages ?? [];
        check.That(languages.Count <= MaxListItems, "languages", $"must list at most {MaxListItems} languages")
            .That(languages.All(l => l is not null && IsoLanguageCodes.All.Contains(l.Code ?? string.Empty)), "languages",
                "each language must be an ISO 639-1 code of two lower-case letters, such as 'pl'")
            .That(languages.Where(l => l is not null).Select(l => l.Code).Distinct(StringComparer.Ordinal).Count() == languages.Count, "languages",
                "must list each language once");

        var skills = details.Skills ?? [];
        check.That(skills.Count <= MaxListItems, "skills", $"must list at most {MaxListItems} skills")
            .That(skills.All(s => !string.IsNullOrWhiteSpace(s) && s.Length <= 100), "skills", "each skill must be 1 to 100 characters")
            .That(skills.All(s => s is null || TextRules.Problem(s) is null), "skills", "a skill contains a control or invisible character");

        var licence = details.DrivingLicence ?? [];
        check.That(licence.All(c => PersonValues.LicenceCategories.Contains(c)), "drivingLicence",
            "each category must be one of " + string.Join(", ", PersonValues.LicenceCategories))
            .That(licence.Distinct(StringComparer.Ordinal).Count() == licence.Count, "drivingLicence", "must list each category once");

        check.That(!(details.Armed == true && details.WeaponAuthorisation is null or Contingents.WeaponAuthorisation.NotRequired), "weaponAuthorisation",
                "an armed member needs a weapon authorisation that is requested, granted or refused")
            .That(!(details.Armed == false && details.WeaponAuthorisation is Contingents.WeaponAuthorisation.Requested or Contingents.WeaponAuthorisation.Granted),
                "weaponAuthorisation", "an unarmed member needs no weapon authorisation");

        if (details.Dog is { } dog)
        {
            check.Name(dog.Name, "dog.name", 60).Rule(dog.Name, "dog.name", PersonValues.Name)
                .Optional(dog.Breed, "dog.breed", 100)
                .Name(dog.PassportNumber, "dog.passportNumber", 40).Rule(dog.PassportNumber, "dog.passportNumber", PersonValues.DocumentNumber)
                .That(Enum.IsDefined(dog.Speciality), "dog.speciality", "is not a detection speciality")
                .Rule(dog.VaccinationDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "dog.vaccinationDate",
                    _ => PersonValues.Vaccination(dog.VaccinationDate, today, ev.End));
        }
    }

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
