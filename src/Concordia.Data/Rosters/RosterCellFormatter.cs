using Concordia.Domain.Contingents;

namespace Concordia.Data.Rosters;

/// <summary>
/// A member's cells as the exports write them, in column order: lists joined with ';', dates ISO, closed-list words in
/// the file's language. Whatever this writes, the reader reads back to the same entry.
/// </summary>
internal static class RosterCellFormatter
{
    public static IReadOnlyList<RosterCellValue> Cells(RosterEntry entry, RosterLanguage language)
    {
        var dog = entry.Dog;
        return
        [
            new(entry.PersonnelNumber),
            new(entry.FamilyName),
            new(entry.GivenName),
            new(entry.Rank ?? string.Empty),
            new(entry.Service ?? string.Empty),
            new(entry.CapabilityCode),
            new(string.Join(';', entry.Languages.Select(l => $"{l.Code}:{RosterVocabulary.Write(l.Level, language)}"))),
            new(string.Join(';', entry.Skills)),
            new(entry.Armed is { } armed ? RosterVocabulary.Write(armed, language) : string.Empty),
            new(entry.WeaponAuthorisation is { } authorisation ? RosterVocabulary.Write(authorisation, language) : string.Empty),
            new(string.Join(';', entry.DrivingLicence)),
            RosterCellValue.Of(entry.DateOfBirth),
            new(entry.DocumentNumber ?? string.Empty),
            new(entry.Phone ?? string.Empty),
            new(dog?.Name ?? string.Empty),
            new(dog?.Breed ?? string.Empty),
            new(dog is null ? string.Empty : RosterVocabulary.Write(dog.Speciality, language)),
            RosterCellValue.Of(dog?.VaccinationDate),
            new(dog?.PassportNumber ?? string.Empty),
            new(entry.LatinName ?? string.Empty),
            new(entry.Unit ?? string.Empty),
        ];
    }
}
