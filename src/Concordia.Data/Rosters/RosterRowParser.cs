using Concordia.Domain.Contingents;

namespace Concordia.Data.Rosters;

/// <summary>
/// Turns the data rows of a roster, one at a time, into members: every cell checked by its column's rule, the rules
/// that join cells (armed and weapon authorisation, the dog's columns), and keys that must be unique in the file.
/// </summary>
internal sealed class RosterRowParser(RosterHeader header, RosterReadOptions options)
{
    private static readonly RosterField[] DogFields =
        [RosterField.DogName, RosterField.DogBreed, RosterField.DogSpeciality, RosterField.DogVaccinationDate, RosterField.DogPassportNumber];

    private readonly Dictionary<string, int> personnelNumbers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> documentNumbers = new(StringComparer.OrdinalIgnoreCase);
    private readonly DateOnly today = DateOnly.FromDateTime(options.Clock.GetUtcNow().UtcDateTime);

    public RosterRow Parse(RawRow row)
    {
        var cells = new Dictionary<RosterField, string>();
        var numbers = new Dictionary<RosterField, RawCell>();
        var errors = new List<RosterError>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var text = RosterText.Clean(row.Cells[i].Text);
            if (header.ColumnAt(i) is { } column)
            {
                if (text.Length > 0)
                {
                    cells[column.Field] = text;
                    numbers[column.Field] = row.Cells[i];
                }
            }
            else if (text.Length > 0)
            {
                errors.Add(new RosterError(row.Number, i + 1, null,
                    "this column has no header, so its value would be lost; name the column in row " + header.RowNumber + " or clear the cell"));
            }
        }

        var cursor = new Cursor(header, row.Number, cells, errors);
        var entry = Build(cursor, numbers);
        return new RosterRow(row.Number, cells, errors.Count == 0 ? entry : null, errors);
    }

    private RosterEntry? Build(Cursor cell, Dictionary<RosterField, RawCell> raw)
    {
        var key = cell.Required(RosterField.PersonnelNumber, RosterCellRules.PersonnelNumber);
        var familyName = cell.Required(RosterField.FamilyName, t => RosterCellRules.Name(t, 100));
        var givenName = cell.Optional(RosterField.GivenName, t => RosterCellRules.Name(t, 100)) ?? string.Empty;
        var latinName = cell.Optional(RosterField.LatinName, RosterCellRules.LatinName);
        var rank = cell.Optional(RosterField.Rank, t => RosterCellRules.Text(t, 100));
        var service = cell.Optional(RosterField.Service, t => RosterCellRules.Text(t, 200));
        var capability = string.Empty;
        cell.Required(RosterField.Capability, t => RosterCellRules.CapabilityCode(t, options.CapabilityCodes, out capability));
        List<LanguageSkill> languages = [];
        cell.Optional(RosterField.Languages, t => RosterCellRules.Languages(t, out languages));
        List<string> skills = [];
        cell.Optional(RosterField.Skills, t => RosterCellRules.Text(t, 2000) ?? RosterCellRules.Skills(t, out skills));
        bool? armed = null;
        cell.Optional(RosterField.Armed, t => RosterCellRules.Word(t, RosterVocabulary.YesNo, "yes, no (oui, non)", out armed));
        WeaponAuthorisation? authorisation = null;
        cell.Optional(RosterField.WeaponAuthorisation, t => RosterCellRules.Word(t, RosterVocabulary.Authorisations,
            "not required, requested, granted, refused (non requise, demandée, accordée, refusée)", out authorisation));
        List<string> licence = [];
        cell.Optional(RosterField.DrivingLicence, t => RosterCellRules.Text(t, 100) ?? RosterCellRules.DrivingLicence(t, out licence));
        var birth = cell.Date(RosterField.DateOfBirth, raw, d => d.Year < 1900 || d > today ? "must be a date between 1900 and today" : null);
        var document = cell.Optional(RosterField.DocumentNumber, RosterCellRules.DocumentNumber);
        var phone = cell.Optional(RosterField.Phone, RosterCellRules.Phone);
        var unit = cell.Optional(RosterField.Unit, t => RosterCellRules.Text(t, 100));

        if (armed == true && authorisation is null)
        {
            cell.Fail(RosterField.WeaponAuthorisation, "is required for an armed member: requested, granted or refused");
        }
        else if (armed == true && authorisation == WeaponAuthorisation.NotRequired)
        {
            cell.Fail(RosterField.WeaponAuthorisation, "cannot be 'not required' for an armed member: requested, granted or refused");
        }
        else if (armed == false && authorisation is WeaponAuthorisation.Requested or WeaponAuthorisation.Granted)
        {
            cell.Fail(RosterField.WeaponAuthorisation, "contradicts Armed = no; an unarmed member needs no weapon authorisation");
        }

        var dog = Dog(cell, raw);
        cell.Unique(RosterField.PersonnelNumber, key, personnelNumbers);
        cell.Unique(RosterField.DocumentNumber, document, documentNumbers);
        return cell.HasErrors
            ? null
            : new RosterEntry(key!, familyName!, givenName, rank, service, capability, languages, skills, armed, authorisation,
                licence, birth, document, phone, dog, latinName, unit);
    }

    private CanineDetails? Dog(Cursor cell, Dictionary<RosterField, RawCell> raw)
    {
        if (!DogFields.Any(cell.Has))
        {
            return null;
        }

        var name = cell.Required(RosterField.DogName, t => RosterCellRules.Name(t, 60), "is required for a canine team");
        var breed = cell.Optional(RosterField.DogBreed, t => RosterCellRules.Text(t, 100));
        DetectionSpeciality? speciality = null;
        cell.Required(RosterField.DogSpeciality, t => RosterCellRules.Word(t, RosterVocabulary.Specialities,
            "explosives, narcotics, firearms, currency, search and rescue, patrol (explosifs, stupéfiants, armes, devises, recherche de personnes, patrouille)",
            out speciality), "is required for a canine team");
        var vaccination = cell.Date(RosterField.DogVaccinationDate, raw, d => PersonValues.Vaccination(d, today, options.EventEnd ?? today));
        if (vaccination is null && !cell.Has(RosterField.DogVaccinationDate))
        {
            cell.Fail(RosterField.DogVaccinationDate, "is required for a canine team");
        }

        var passport = cell.Required(RosterField.DogPassportNumber, RosterCellRules.DocumentNumber, "is required for a canine team");
        return name is null || speciality is null || vaccination is null || passport is null
            ? null
            : new CanineDetails(name, breed, speciality.Value, vaccination.Value, passport);
    }

    /// <summary>Reads the cells of one row and places each problem on its cell.</summary>
    private sealed class Cursor(RosterHeader header, int row, Dictionary<RosterField, string> cells, List<RosterError> errors)
    {
        private readonly int firstError = errors.Count;

        public bool HasErrors => errors.Count > firstError;

        public bool Has(RosterField field) => cells.ContainsKey(field);

        public string? Required(RosterField field, Func<string, string?> rule, string missing = "is required")
        {
            if (!cells.TryGetValue(field, out var text))
            {
                Fail(field, missing);
                return null;
            }

            return Check(field, text, rule);
        }

        public string? Optional(RosterField field, Func<string, string?> rule) =>
            cells.TryGetValue(field, out var text) ? Check(field, text, rule) : null;

        public DateOnly? Date(RosterField field, Dictionary<RosterField, RawCell> raw, Func<DateOnly, string?> range)
        {
            if (!cells.TryGetValue(field, out var text))
            {
                return null;
            }

            if (!RosterDates.TryParse(raw[field], text, out var date, out var error))
            {
                Fail(field, error);
                return null;
            }

            if (range(date) is { } outside)
            {
                Fail(field, $"{RosterDates.Write(date)} {outside}");
                return null;
            }

            return date;
        }

        public void Unique(RosterField field, string? value, Dictionary<string, int> seen)
        {
            if (value is not null && !seen.TryAdd(value, row))
            {
                Fail(field, $"'{value}' is already on row {seen[value]}; each member must appear once");
            }
        }

        public void Fail(RosterField field, string message) =>
            errors.Add(new RosterError(row, header.IndexOf(field) + 1, header.NameOf(field), message));

        private string? Check(RosterField field, string text, Func<string, string?> rule)
        {
            if (rule(text) is { } error)
            {
                Fail(field, error);
                return null;
            }

            return text;
        }
    }
}
