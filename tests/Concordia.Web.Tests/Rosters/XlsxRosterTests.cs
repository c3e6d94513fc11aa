using Concordia.Data.Rosters;

namespace Concordia.Web.Tests.Rosters;

/// <summary>XLSX rosters: the first sheet, its header row, text and date cells as spreadsheets store them.</summary>
public sealed class XlsxRosterTests
{
    [Fact]
    public async Task First_sheet_with_shared_strings_date_cells_and_numbers_is_read()
    {
        var file = TestWorkbook.Build(
            ("Effectif",
            [
                ["Matricule", "Nom", "Prénom", "Capacité", "Date de naissance", "Armé", "Autorisation de port d'arme", "Téléphone"],
                [4512, "Wiśniewska", "Małgorzata", "POL-PATROL", new DateOnly(1988, 11, 23), true, "demandée", "+48 601 234 567"],
                null,
                ["GR-2", "Παπαδοπούλου", "Αικατερίνη", "POL-PATROL", "14/02/1990", false, null, null],
            ]),
            ("Notes", [["this sheet is not read"]]));

        var preview = await RosterSamples.Read(new MemoryStream(file), "effectif.xlsx");

        RosterSamples.AssertValid(preview);
        Assert.Equal((RosterFileFormat.Xlsx, RosterLanguage.French), (preview.Format!.Value, preview.HeaderLanguage!.Value));
        Assert.Equal([2, 4], preview.Rows.Select(r => r.Number));
        var (polish, greek) = (preview.Rows[0].Entry!, preview.Rows[1].Entry!);
        Assert.Equal(("4512", "Wiśniewska", new DateOnly(1988, 11, 23), true), (polish.PersonnelNumber, polish.FamilyName, polish.DateOfBirth!.Value, polish.Armed!.Value));
        Assert.Equal(("Παπαδοπούλου", new DateOnly(1990, 2, 14), false), (greek.FamilyName, greek.DateOfBirth!.Value, greek.Armed!.Value));
    }

    [Fact]
    public async Task Errors_in_a_workbook_name_the_spreadsheet_row_and_column()
    {
        var file = TestWorkbook.Build(("Roster",
        [
            ["Personnel number", "Family name", "Given name", "Capability", "Date of birth"],
            ["X-1", "Nowak", "Jan", "POL-PATROL", "1985-13-01"],
        ]));

        var error = RosterSamples.SingleError(await RosterSamples.Read(new MemoryStream(file)));

        Assert.Equal((2, "E", "Date of birth"), (error.Row!.Value, error.ColumnLetter, error.ColumnName));
        Assert.Contains("not a real date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exported_workbook_has_the_roster_first_and_the_column_guide_second()
    {
        var file = await RosterSamples.Xlsx([RosterSamples.Polish], RosterLanguage.French);

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(file), false);
        var sheets = document.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Effectif", "Colonnes"], sheets);
        var preview = await RosterSamples.Read(new MemoryStream(file));
        RosterSamples.AssertValid(preview);
        Assert.Equal(RosterSamples.Polish, preview.Entries.Single());
    }
}
