using Concordia.Data.Rosters;
using Concordia.Domain.Contingents;

namespace Concordia.Web.Tests.Rosters;

/// <summary>Every kind of wrong cell gets an error on its own row and column, and the other rows still parse.</summary>
public sealed class RosterValidationTests
{
    private const string Header = "Personnel number,Family name,Given name,Capability,Languages,Armed,Weapon authorisation,Driving licence,Date of birth,Passport number,Phone";

    private static async Task<RosterError> ErrorOf(string row, RosterReadOptions? options = null)
    {
        var preview = await RosterSamples.ReadText(Header + "\nOK-1,Nowak,Jan,POL-PATROL,,,,,,,\n" + row + "\n", options: options);
        Assert.True(preview.Rows[0].IsValid, string.Join("; ", preview.Rows[0].Errors));
        return RosterSamples.SingleError(preview);
    }

    [Theory]
    [InlineData("X-2,,Jan,POL-PATROL,,,,,,,", "B", "is required")]
    [InlineData("X-2,Now@k,Jan,POL-PATROL,,,,,,,", "B", "'@', which has no place in a name")]
    [InlineData("X-2,Nowak,Jan,not a code!,,,,,,,", "D", "must be a capability code")]
    [InlineData("X-2,Nowak,Jan,POL-PATROL,polish:C2,,,,,,", "E", "is not a language with its level")]
    [InlineData("X-2,Nowak,Jan,POL-PATROL,xx:C2,,,,,,", "E", "not an ISO 639-1 language code")]
    [InlineData("X-2,Nowak,Jan,POL-PATROL,en:D1,,,,,,", "E", "is not a level")]
    [InlineData("X-2,Nowak,Jan,POL-PATROL,,maybe,,,,,", "F", "is not one of: yes, no")]
    [InlineData("X-2,Nowak,Jan,POL-PATROL,,yes,,,,,", "G", "is required for an armed member")]
    [InlineData("X-2,Nowak,Jan,POL-PATROL,,no,granted,,,,", "G", "contradicts Armed = no")]
    [InlineData("X-2,Nowak,Jan,POL-PATROL,,,,B;Z,,,", "H", "'Z' is not an EU driving licence category")]
    [InlineData("X-2,Nowak,Jan,POL-PATROL,,,,,12/31/1985,,", "I", "looks like month/day/year")]
    [InlineData("X-2,Nowak,Jan,POL-PATROL,,,,,31/12/85,,", "I", "two-digit year")]
    [InlineData("X-2,Nowak,Jan,POL-PATROL,,,,,2031-01-01,,", "I", "between 1900 and today")]
    [InlineData("X-2,Nowak,Jan,POL-PATROL,,,,,,E#123,", "J", "letters and digits")]
    [InlineData("X-2,Nowak,Jan,POL-PATROL,,,,,,,601 234 567", "K", "international number")]
    [InlineData("OK-1,Nowak,Adam,POL-PATROL,,,,,,,", "A", "already on row 2")]
    public async Task A_wrong_cell_is_reported_on_its_row_and_column(string row, string column, string reason)
    {
        var error = await ErrorOf(row);

        Assert.Equal((3, column), (error.Row!.Value, error.ColumnLetter));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(Header.Split(',')[column[0] - 'A'], error.ColumnName);
    }

    [Fact]
    public async Task A_capability_outside_the_event_catalogue_is_reported_with_the_known_codes()
    {
        var options = RosterSamples.Options with { CapabilityCodes = RosterSamples.Capabilities };

        var error = await ErrorOf("X-2,Nowak,Jan,EOD-1,,,,,,,", options);

        Assert.Equal("D", error.ColumnLetter);
        Assert.Contains("K9-EXPL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_capability_code_in_other_case_takes_the_catalogue_spelling()
    {
        var preview = await RosterSamples.ReadText(Header + "\nX-1,Nowak,Jan,pol-patrol,,,,,,,\n",
            options: RosterSamples.Options with { CapabilityCodes = RosterSamples.Capabilities });

        Assert.Equal("POL-PATROL", preview.Entries.Single().CapabilityCode);
    }

    [Fact]
    public async Task A_canine_team_needs_the_dog_name_speciality_vaccination_and_pet_passport()
    {
        var preview = await RosterSamples.ReadText(
            "Matricule;Nom;Prénom;Capacité;Nom du chien;Race du chien;Spécialité de détection;Date de vaccination;Numéro de passeport animal\n" +
            "FR-1;Martin;Luc;K9-EXPL;Rex;Malinois;explosifs;10/02/2026;FR250123456\n" +
            "FR-2;Petit;Léa;K9-EXPL;;Berger allemand;;2019-01-01;\n");

        Assert.Equal(new CanineDetails("Rex", "Malinois", DetectionSpeciality.Explosives, new DateOnly(2026, 2, 10), "FR250123456"),
            preview.Rows[0].Entry!.Dog);
        var errors = preview.Rows[1].Errors;
        Assert.Equal(["E", "G", "H", "I"], errors.Select(e => e.ColumnLetter));
        Assert.All(errors, e => Assert.Equal(3, e.Row));
        Assert.Contains("2019-01-01 is more than 3 years before the event's last day (2026-08-30)", errors[2].Message, StringComparison.Ordinal);
        Assert.Equal("Nom du chien", errors[0].ColumnName);
    }

    [Fact]
    public async Task Lists_are_read_in_the_ways_liaisons_write_them()
    {
        var preview = await RosterSamples.ReadText(Header + "\nX-1,Nowak,Jan,POL-PATROL,\"pl native, en (B2), fr-a2\",oui,accordée,C+E / b,,,\n");

        var member = preview.Entries.Single();
        Assert.Equal([new("pl", LanguageLevel.Native), new("en", LanguageLevel.B2), new LanguageSkill("fr", LanguageLevel.A2)], member.Languages);
        Assert.Equal(["B", "CE"], member.DrivingLicence);
        Assert.Equal((true, WeaponAuthorisation.Granted), (member.Armed, member.WeaponAuthorisation));
    }

    [Fact]
    public async Task A_person_with_a_single_name_needs_no_given_name()
    {
        var preview = await RosterSamples.ReadText("Personnel number,Family name,Given name,Capability\nID-1,Sukarno,,POL-PATROL\n");

        Assert.Equal(string.Empty, preview.Entries.Single().GivenName);
    }

    [Fact]
    public async Task A_value_under_no_header_is_reported_rather_than_lost()
    {
        var preview = await RosterSamples.ReadText("Personnel number,Family name,Given name,Capability\nX-1,Nowak,Jan,POL-PATROL,remark\n");

        var error = RosterSamples.SingleError(preview);
        Assert.Equal((2, "E"), (error.Row!.Value, error.ColumnLetter));
        Assert.Contains("no header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_header_is_reported_with_a_suggestion_and_no_row_is_read()
    {
        var preview = await RosterSamples.ReadText("Personnel number,Family name,Given name,Capability,Date of brith\nX-1,Nowak,Jan,POL-PATROL,1985-01-01\n");

        var error = RosterSamples.SingleError(preview);
        Assert.Equal((1, "E", "Date of brith"), (error.Row!.Value, error.ColumnLetter, error.ColumnName));
        Assert.Contains("did you mean 'Date of birth'?", error.Message, StringComparison.Ordinal);
        Assert.Empty(preview.Rows);
    }

    [Fact]
    public async Task Missing_required_columns_are_named_in_the_header_language()
    {
        var preview = await RosterSamples.ReadText("Nom;Prénom;Date de naissance\nNowak;Jan;01/01/1985\n");

        Assert.Equal(["Matricule", "Capacité"], preview.Errors.Select(e => e.ColumnName));
        Assert.All(preview.Errors, e => Assert.Equal((1, null), (e.Row, e.Column)));
    }

    [Fact]
    public async Task A_column_given_twice_is_reported_once_with_both_letters()
    {
        var error = RosterSamples.SingleError(await RosterSamples.ReadText("Personnel number,Family name,Nom,Given name,Capability\n"));

        Assert.Contains("columns B and C", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_column_name_and_alias_finds_its_own_column()
    {
        foreach (var column in RosterColumns.All)
        {
            foreach (var name in column.Aliases.Append(column.EnglishName).Append(column.FrenchName))
            {
                Assert.Equal(column.Field, RosterColumns.Find(name)?.Field);
                Assert.Equal(column.Field, RosterColumns.Find(name.ToUpperInvariant() + " ")?.Field);
            }
        }
    }
}
