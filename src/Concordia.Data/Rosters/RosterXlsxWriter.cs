using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concordia.Data.Rosters;

/// <summary>
/// Writes a roster as an Excel workbook: the members on the first sheet (the one the reader reads), a second sheet
/// explaining each column. Text columns are formatted as text and date columns as dates, so what a liaison types
/// into the file stays what they typed; values that look like formulas are stored as quote-prefixed text, exactly.
/// </summary>
public static class RosterXlsxWriter
{
    public static string RosterSheetName(RosterLanguage language) => language == RosterLanguage.French ? "Effectif" : "Roster";

    public static string GuideSheetName(RosterLanguage language) => language == RosterLanguage.French ? "Colonnes" : "Columns";

    public static async Task WriteAsync(Stream destination, IEnumerable<RosterEntry> entries, RosterLanguage language,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(entries);

        // The package format needs a seekable stream; an HTTP response is not one.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            XlsxStyles.AddTo(workbook);

            var roster = workbook.AddNewPart<WorksheetPart>();
            var columns = RosterColumns.All.Select(c => (c.Name(language), Width(c), Style(c))).ToList();
            XlsxSheetWriter.Write(roster, columns, entries.Select(e => RosterCellFormatter.Cells(e, language)), cancellationToken);

            var guide = workbook.AddNewPart<WorksheetPart>();
            XlsxSheetWriter.Write(guide, GuideColumns(language), GuideRows(language), cancellationToken);

            workbook.Workbook.AppendChild(new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(roster), SheetId = 1, Name = RosterSheetName(language) },
                new Sheet { Id = workbook.GetIdOfPart(guide), SheetId = 2, Name = GuideSheetName(language) }));
            workbook.Workbook.Save();
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken);
    }

    private static double Width(RosterColumn column) =>
        Math.Clamp(Math.Max(column.EnglishName.Length, column.FrenchName.Length) + 4, 12, 34);

    private static uint Style(RosterColumn column) =>
        column.Field is RosterField.DateOfBirth or RosterField.DogVaccinationDate ? XlsxStyles.Date : XlsxStyles.Text;

    private static List<(string, double, uint)> GuideColumns(RosterLanguage language) =>
        language == RosterLanguage.French
            ? [("Colonne", 30, XlsxStyles.Wrapped), ("Obligatoire", 12, XlsxStyles.Wrapped), ("Explication", 70, XlsxStyles.Wrapped),
               ("Exemple", 24, XlsxStyles.Text), ("Aussi accepté comme en-tête", 50, XlsxStyles.Wrapped)]
            : [("Column", 30, XlsxStyles.Wrapped), ("Required", 12, XlsxStyles.Wrapped), ("Explanation", 70, XlsxStyles.Wrapped),
               ("Example", 24, XlsxStyles.Text), ("Also accepted as header", 50, XlsxStyles.Wrapped)];

    private static IEnumerable<IReadOnlyList<RosterCellValue>> GuideRows(RosterLanguage language)
    {
        var other = language == RosterLanguage.French ? RosterLanguage.English : RosterLanguage.French;
        var (yes, no) = language == RosterLanguage.French ? ("oui", "non") : ("yes", "no");
        return RosterColumns.All.Select(c => (IReadOnlyList<RosterCellValue>)
        [
            new(c.Name(language)),
            new(c.ValueRequired ? yes : no),
            new(c.Help(language)),
            new(c.Example),
            new(string.Join("; ", c.Aliases.Prepend(c.Name(other)).Distinct().Where(n => n != c.Name(language)))),
        ]);
    }
}
