using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concordia.Web.Tests.Rosters;

/// <summary>
/// Builds XLSX files the way spreadsheets store them, with the Open XML SDK: text as shared strings, dates as day
/// numbers, booleans as boolean cells, rows numbered explicitly (so gaps are real gaps), any number of sheets.
/// </summary>
internal static class TestWorkbook
{
    public static byte[] Build(params (string Name, object?[]?[] Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            uint sheetId = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    if (rows[r] is null)
                    {
                        continue;
                    }

                    var row = new Row { RowIndex = (uint)(r + 1) };
                    var cells = rows[r]!;
                    for (var c = 0; c < cells.Length; c++)
                    {
                        if (Cell(cells[c], strings.SharedStringTable) is { } cell)
                        {
                            cell.CellReference = $"{(char)('A' + c)}{r + 1}";
                            row.Append(cell);
                        }
                    }

                    data.Append(row);
                }

                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }
        }

        return stream.ToArray();
    }

    private static Cell? Cell(object? value, SharedStringTable strings) => value switch
    {
        null => null,
        string text => new Cell(new CellValue(Share(text, strings))) { DataType = CellValues.SharedString },
        DateOnly date => new Cell(new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate())),
        bool flag => new Cell(new CellValue(flag)) { DataType = CellValues.Boolean },
        int number => new Cell(new CellValue(number)),
        double number => new Cell(new CellValue(number)),
        _ => throw new ArgumentException($"No cell for a {value.GetType().Name}.", nameof(value)),
    };

    private static int Share(string text, SharedStringTable strings)
    {
        strings.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return strings.Elements<SharedStringItem>().Count() - 1;
    }
}
