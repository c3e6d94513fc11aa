using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concordia.Web.Infrastructure;

/// <summary>
/// Writes a plain table as CSV (UTF-8 with BOM, formula-like cells neutralised) or XLSX (text and numbers as typed
/// cells, never formulas), with real libraries: CsvHelper and the Open XML SDK.
/// </summary>
public static class TableExport
{
    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
        foreach (var header in headers)
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var cell in row)
            {
                csv.WriteField(cell switch
                {
                    null => string.Empty,
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var other => other.ToString(),
                });
            }

            await csv.NextRecordAsync();
        }
    }

    public static byte[] ToXlsx(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(headers.Cast<object?>().ToList()));
            foreach (var row in rows)
            {
                data.Append(Row(row));
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName });
            workbook.Workbook.Save();
        }

        return memory.ToArray();
    }

    private static Row Row(IReadOnlyList<object?> cells)
    {
        var row = new Row();
        foreach (var value in cells)
        {
            row.Append(value switch
            {
                int or long or double or decimal => new Cell
                {
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
                },
                null => new Cell(),
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? string.Empty)) },
            });
        }

        return row;
    }
}
