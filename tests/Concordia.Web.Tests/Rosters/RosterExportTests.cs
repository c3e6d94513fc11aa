using System.Text;
using Concordia.Data.Rosters;
using Concordia.Domain.Contingents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concordia.Web.Tests.Rosters;

/// <summary>Exports and templates: what is written reads back the same, and no cell can run as a formula.</summary>
public sealed class RosterExportTests
{
    [Theory]
    [InlineData(RosterFileFormat.Csv, RosterLanguage.English)]
    [InlineData(RosterFileFormat.Csv, RosterLanguage.French)]
    [InlineData(RosterFileFormat.Xlsx, RosterLanguage.English)]
    [InlineData(RosterFileFormat.Xlsx, RosterLanguage.French)]
    public async Task Export_then_import_gives_back_every_member_exactly(RosterFileFormat format, RosterLanguage language)
    {
        var file = format == RosterFileFormat.Csv ? await RosterSamples.Csv(RosterSamples.All, language) : await RosterSamples.Xlsx(RosterSamples.All, language);

        var preview = await RosterSamples.Read(new MemoryStream(file));

        RosterSamples.AssertValid(preview);
        Assert.Equal((format, language), (preview.Format!.Value, preview.HeaderLanguage!.Value));
        Assert.Equal(RosterSamples.All, preview.Entries);
        Assert.Equal(["Wiśniewska-Łęcka", "Παπαδοπούλου", "Иванова", "العبدالله"], preview.Entries.Select(e => e.FamilyName));
    }

    [Fact]
    public async Task Reading_the_same_file_twice_gives_equal_members_and_a_changed_cell_does_not()
    {
        var file = await RosterSamples.Xlsx(RosterSamples.All);
        var changed = await RosterSamples.Xlsx([.. RosterSamples.All.Take(3), RosterSamples.Arabic with { Languages = [new("ar", LanguageLevel.Native)] }]);

        var first = (await RosterSamples.Read(new MemoryStream(file))).Entries.ToList();
        var again = (await RosterSamples.Read(new MemoryStream(file))).Entries.ToList();
        var updated = (await RosterSamples.Read(new MemoryStream(changed))).Entries.ToList();

        Assert.Equal(first, again);
        Assert.Equal(first.Select(e => e.GetHashCode()), again.Select(e => e.GetHashCode()));
        Assert.Equal([true, true, true, false], first.Zip(updated, (a, b) => a.Equals(b)));
        Assert.Equal(first.Select(e => e.PersonnelNumber), updated.Select(e => e.PersonnelNumber));
    }

    [Fact]
    public async Task Csv_export_is_utf8_with_bom_and_its_header_in_the_chosen_language()
    {
        var file = await RosterSamples.Csv([RosterSamples.Greek], RosterLanguage.French);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file[..3]);
        var lines = Encoding.UTF8.GetString(file[3..]).Split("\r\n");
        Assert.StartsWith("Matricule;Nom;Prénom;Grade;Service;Capacité;Langues", lines[0], StringComparison.Ordinal);
        Assert.Contains("Παπαδοπούλου", lines[1], StringComparison.Ordinal);
        Assert.Contains("el:natif;en:C1", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_export_neutralises_cells_that_a_spreadsheet_would_run_as_formulas()
    {
        var hostile = RosterSamples.Polish with { FamilyName = "Nowak", Rank = "=HYPERLINK(\"http://x\",\"y\")", Service = "-2+3", Skills = ["@SUM(A1)", "+cmd|' /C calc'!A0"] };

        var text = Encoding.UTF8.GetString(await RosterSamples.Csv([hostile]));
        var row = text.Split("\r\n")[1];

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", row, StringComparison.Ordinal);
        Assert.Contains(",'-2+3,", row, StringComparison.Ordinal);
        Assert.Contains(",'+48 601 234 567,", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",+", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",-", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",@", row, StringComparison.Ordinal);
        var back = (await RosterSamples.Read(new MemoryStream(await RosterSamples.Csv([hostile])))).Entries.Single();
        Assert.Equal(hostile, back);
    }

    [Fact]
    public async Task Xlsx_export_stores_formula_like_values_as_quote_prefixed_text()
    {
        var hostile = RosterSamples.Polish with { Rank = "=1+1", Service = "@SUM(A1)" };

        var file = await RosterSamples.Xlsx([hostile]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var workbook = document.WorkbookPart!;
        var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook!.Sheets!.Elements<Sheet>().First().Id!.Value!);
        var cells = sheet.Worksheet!.Descendants<Cell>().ToList();
        Assert.Empty(sheet.Worksheet.Descendants<CellFormula>());
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        foreach (var value in new[] { "=1+1", "@SUM(A1)", "+48 601 234 567" })
        {
            var cell = Assert.Single(cells, c => c.InlineString?.Text?.Text == value);
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.True(formats[(int)cell.StyleIndex!.Value].QuotePrefix?.Value, $"{value} is not quote-prefixed");
        }

        Assert.Equal(hostile, (await RosterSamples.Read(new MemoryStream(file))).Entries.Single());
    }

    [Theory]
    [InlineData(RosterLanguage.English, "Personnel number", "Columns", "Explanation")]
    [InlineData(RosterLanguage.French, "Matricule", "Colonnes", "Explication")]
    public async Task Xlsx_template_has_the_header_and_a_sheet_explaining_every_column(RosterLanguage language, string first, string guideName, string explanation)
    {
        using var stream = new MemoryStream();
        await RosterTemplates.WriteAsync(stream, RosterFileFormat.Xlsx, language, TestContext.Current.CancellationToken);

        var preview = await RosterSamples.Read(new MemoryStream(stream.ToArray()));
        Assert.Equal(language, preview.HeaderLanguage);
        Assert.Contains("no members", RosterSamples.SingleError(preview).Message, StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(guideName, sheets[1].Name!.Value);
        var roster = (WorksheetPart)workbook.GetPartById(sheets[0].Id!.Value!);
        Assert.Equal(first, roster.Worksheet!.Descendants<Cell>().First().InlineString!.Text!.Text);
        var guide = (WorksheetPart)workbook.GetPartById(sheets[1].Id!.Value!);
        var guideRows = guide.Worksheet!.Descendants<Row>().ToList();
        Assert.Equal(RosterColumns.All.Count + 1, guideRows.Count);
        Assert.Equal(explanation, guideRows[0].Elements<Cell>().ElementAt(2).InlineString!.Text!.Text);
    }

    [Theory]
    [InlineData(RosterLanguage.English, "Personnel number,Family name,Given name,Rank")]
    [InlineData(RosterLanguage.French, "Matricule;Nom;Prénom;Grade")]
    public async Task Csv_template_is_the_header_row_and_its_guide_explains_every_column(RosterLanguage language, string start)
    {
        using var template = new MemoryStream();
        await RosterTemplates.WriteAsync(template, RosterFileFormat.Csv, language, TestContext.Current.CancellationToken);
        using var guide = new MemoryStream();
        await RosterTemplates.WriteGuideCsvAsync(guide, language, TestContext.Current.CancellationToken);

        var lines = Encoding.UTF8.GetString(template.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(start, Assert.Single(lines), StringComparison.Ordinal);
        var guideLines = Encoding.UTF8.GetString(guide.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RosterColumns.All.Count + 1, guideLines.Length);
        Assert.Equal(language, (await RosterSamples.Read(new MemoryStream(template.ToArray()))).HeaderLanguage);
    }
}
