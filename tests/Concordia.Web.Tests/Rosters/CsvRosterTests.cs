using System.Text;
using Concordia.Data.Rosters;
using Concordia.Domain.Contingents;

namespace Concordia.Web.Tests.Rosters;

/// <summary>CSV rosters as liaisons' tools write them: every encoding, delimiter, date style and header language.</summary>
public sealed class CsvRosterTests
{
    static CsvRosterTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string EnglishHeader = "Personnel number,Family name,Given name,Rank,Service,Capability,Languages,Armed,Weapon authorisation,Date of birth,Passport number,Phone";
    private const string FrenchHeader = "Matricule;Nom;Prénom;Grade;Service;Capacité;Langues;Armé;Autorisation de port d'arme;Date de naissance;Numéro de passeport;Téléphone";

    [Fact]
    public async Task Utf8_without_bom_with_commas_and_iso_dates_reads_every_field()
    {
        var preview = await RosterSamples.ReadText(
            EnglishHeader + "\r\n" +
            "PL-KGP-004512,Wiśniewska-Łęcka,Małgorzata Żaneta,Aspirant,Policja,POL-PATROL,pl:native;fr:B1;en:B2,yes,requested,1988-11-23,EA1234567,+48 601 234 567\r\n");

        RosterSamples.AssertValid(preview);
        Assert.Equal((RosterFileFormat.Csv, "UTF-8", ',', RosterLanguage.English), (preview.Format!.Value, preview.Encoding, preview.Delimiter!.Value, preview.HeaderLanguage!.Value));
        var row = Assert.Single(preview.Rows);
        Assert.Equal(2, row.Number);
        var member = row.Entry!;
        Assert.Equal(("Wiśniewska-Łęcka", "Małgorzata Żaneta"), (member.FamilyName, member.GivenName));
        Assert.Equal([new("pl", LanguageLevel.Native), new("fr", LanguageLevel.B1), new LanguageSkill("en", LanguageLevel.B2)], member.Languages);
        Assert.Equal((true, WeaponAuthorisation.Requested), (member.Armed, member.WeaponAuthorisation));
        Assert.Equal(new DateOnly(1988, 11, 23), member.DateOfBirth);
        Assert.Equal("+48 601 234 567", member.Phone);
    }

    [Fact]
    public async Task Utf8_with_bom_semicolons_french_headers_and_day_first_slashes()
    {
        var preview = await RosterSamples.ReadText(
            FrenchHeader + "\n" +
            "FR-GN-0001;Lefèvre;Hélène;Capitaine;Gendarmerie;POL-PATROL;fr:natif;oui;accordée;04/03/1985;12AB34567;+33 6 12 34 56 78\n",
            new UTF8Encoding(true), bom: true);

        RosterSamples.AssertValid(preview);
        Assert.Equal(("UTF-8 with BOM", ';', RosterLanguage.French), (preview.Encoding, preview.Delimiter!.Value, preview.HeaderLanguage!.Value));
        var member = Assert.Single(preview.Entries);
        Assert.Equal(("Lefèvre", "Hélène"), (member.FamilyName, member.GivenName));
        Assert.Equal(new DateOnly(1985, 3, 4), member.DateOfBirth);
        Assert.Equal(WeaponAuthorisation.Granted, member.WeaponAuthorisation);
    }

    [Fact]
    public async Task Utf16_with_bom_and_tabs_as_excel_saves_unicode_text()
    {
        var text = EnglishHeader.Replace(',', '\t') + "\r\n" +
                   "GR-EL-77031\tΠαπαδοπούλου\tΑικατερίνη\tΥπαστυνόμος\tΕλληνική Αστυνομία\tPOL-PATROL\tel:native;en:C1\tno\tnot required\t14.02.1990\tΑΚ 123456\t+30 694 123 4567\r\n";
        var preview = await RosterSamples.ReadText(text, new UnicodeEncoding(false, true), bom: true);

        RosterSamples.AssertValid(preview);
        Assert.Equal(("UTF-16 LE with BOM", '\t'), (preview.Encoding, preview.Delimiter!.Value));
        var member = Assert.Single(preview.Entries);
        Assert.Equal(("Παπαδοπούλου", "Αικατερίνη", "ΑΚ 123456"), (member.FamilyName, member.GivenName, member.DocumentNumber));
        Assert.Equal(new DateOnly(1990, 2, 14), member.DateOfBirth);
    }

    [Fact]
    public async Task Utf16_big_endian_with_bom()
    {
        var preview = await RosterSamples.ReadText(
            "Personnel number,Family name,Given name,Capability\nBG-1,Иванова,Мария,K9-EXPL\n", new UnicodeEncoding(true, true), bom: true);

        RosterSamples.AssertValid(preview);
        Assert.Equal("UTF-16 BE with BOM", preview.Encoding);
        Assert.Equal("Иванова", Assert.Single(preview.Entries).FamilyName);
    }

    [Fact]
    public async Task Windows_1250_polish_file_is_recognised_without_a_hint()
    {
        var preview = await RosterSamples.ReadText(
            "Matricule;Nom;Prénom;Capacité;Date de naissance\r\n" +
            "PL-1;Łukasiewicz;Zbigniew;POL-PATROL;12.05.1979\r\n" +
            "PL-2;Wiśniewska;Małgorzata;POL-PATROL;01.01.1990\r\n" +
            "PL-3;Żółkiewski;Stanisław;POL-PATROL;31.12.1984\r\n",
            Encoding.GetEncoding(1250));

        RosterSamples.AssertValid(preview);
        Assert.Equal("Windows-1250", preview.Encoding);
        Assert.Equal(["Łukasiewicz", "Wiśniewska", "Żółkiewski"], preview.Entries.Select(e => e.FamilyName));
        Assert.Equal("Prénom", RosterColumns.Get(RosterField.GivenName).FrenchName);
        Assert.Equal(new DateOnly(1984, 12, 31), preview.Entries.Last().DateOfBirth);
    }

    [Fact]
    public async Task Windows_1252_french_file_is_recognised()
    {
        var preview = await RosterSamples.ReadText(
            "Matricule;Nom;Prénom;Capacité;Compétences\r\nFR-1;Lefèvre;Hélène;POL-PATROL;\"secourisme;maître-chien\"\r\nFR-2;Dupré;Jérôme;POL-PATROL;équitation\r\n",
            Encoding.GetEncoding(1252));

        RosterSamples.AssertValid(preview);
        Assert.Equal("Windows-1252", preview.Encoding);
        Assert.Equal(["secourisme", "maître-chien"], preview.Entries.First().Skills);
        Assert.Equal(["Lefèvre", "Dupré"], preview.Rows.Select(r => r.Cells[RosterField.FamilyName]));
        Assert.Equal("Hélène", preview.Rows[0].Cells[RosterField.GivenName]);
    }

    [Theory]
    [InlineData(1251, "Иванова", "Мария")]
    [InlineData(1253, "Παπαδοπούλου", "Αικατερίνη")]
    public async Task Cyrillic_and_greek_code_pages_are_told_apart(int codePage, string familyName, string givenName)
    {
        var preview = await RosterSamples.ReadText(
            $"Family name,Given name,Personnel number,Capability\r\n{familyName},{givenName},X-1,POL-PATROL\r\nКостадинова,Теодора,X-2,POL-PATROL\r\n"
                .Replace("Костадинова,Теодора", codePage == 1251 ? "Костадинова,Теодора" : "Γεωργίου,Νικόλαος", StringComparison.Ordinal),
            Encoding.GetEncoding(codePage));

        RosterSamples.AssertValid(preview);
        Assert.Equal($"Windows-{codePage}", preview.Encoding);
        Assert.Equal((familyName, givenName), (preview.Entries.First().FamilyName, preview.Entries.First().GivenName));
    }

    [Fact]
    public async Task The_country_code_page_decides_when_the_bytes_fit_several()
    {
        // "Dvořák" in 1250 reads as "Dvoøák" in 1252: both are letters, so only the liaison's country can tell.
        var bytes = Encoding.GetEncoding(1250).GetBytes("Personnel number,Family name,Given name,Capability\nCZ-1,Dvořák,Antonín,POL-PATROL\n");
        var options = RosterSamples.Options with { LegacyCodePage = RosterEncodings.LegacyCodePageFor("CZ") };

        var preview = await RosterSamples.Read(new MemoryStream(bytes), "roster.csv", options);

        RosterSamples.AssertValid(preview);
        Assert.Equal(("Windows-1250", "Dvořák", "Antonín"), (preview.Encoding, preview.Entries.Single().FamilyName, preview.Entries.Single().GivenName));
    }

    [Fact]
    public async Task Dotted_dates_and_headers_in_any_case_without_accents_are_accepted()
    {
        var preview = await RosterSamples.ReadText(
            "MATRICULE;nom de famille;PRENOM;capacite;date_de_naissance;numero de passeport;Telephone\n" +
            "FR-1;Martin;Zoé;POL-PATROL;7.9.1991;09FR12345;0033 6 12 34 56 78\n");

        RosterSamples.AssertValid(preview);
        var member = preview.Entries.Single();
        Assert.Equal((new DateOnly(1991, 9, 7), "09FR12345", "Zoé"), (member.DateOfBirth!.Value, member.DocumentNumber, member.GivenName));
        Assert.Equal(RosterLanguage.French, preview.HeaderLanguage);
    }

    [Fact]
    public async Task English_aliases_and_a_trailing_hint_in_a_header_are_accepted()
    {
        var preview = await RosterSamples.ReadText(
            "Service number,Surname,First name,Capability code,Languages (ISO 639-1:level),DOB\nUK-1,O'Brien,Siobhán,POL-PATROL,en:native;ga:B2,1980-06-30\n");

        RosterSamples.AssertValid(preview);
        Assert.Equal(("O'Brien", "Siobhán"), (preview.Entries.Single().FamilyName, preview.Entries.Single().GivenName));
        Assert.Equal(2, preview.Entries.Single().Languages.Count);
    }

    [Fact]
    public async Task Quoted_fields_keep_their_delimiters_and_blank_lines_keep_row_numbers()
    {
        var preview = await RosterSamples.ReadText(
            "Personnel number,Family name,Given name,Capability,Skills,Service\n\nDE-1,Müller,Anna,POL-PATROL,\"first aid; crowd control\",\"Polizei Bayern, PP München\"\n\nDE-2,Schäfer,Jörg,POL-PATROL,,\n");

        RosterSamples.AssertValid(preview);
        Assert.Equal([3, 5], preview.Rows.Select(r => r.Number));
        Assert.Equal("Polizei Bayern, PP München", preview.Rows[0].Entry!.Service);
        Assert.Equal(["first aid", "crowd control"], preview.Rows[0].Entry!.Skills);
    }

    [Fact]
    public async Task Decomposed_accents_are_stored_composed()
    {
        var decomposed = "Lefe\u0300vre";
        var preview = await RosterSamples.ReadText($"Personnel number,Family name,Given name,Capability\nFR-1,{decomposed},Zoe\u0301,POL-PATROL\n");

        Assert.Equal(("Lefèvre", "Zoé"), (preview.Entries.Single().FamilyName, preview.Entries.Single().GivenName));
    }
}
