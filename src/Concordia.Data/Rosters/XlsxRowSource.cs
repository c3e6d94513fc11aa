using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concordia.Data.Rosters;

/// <summary>
/// The rows of the first sheet of an XLSX roster, read as a stream of XML (one row in memory at a time), numbered by
/// the row numbers the workbook stores. Cell values are what the spreadsheet shows as text; numbers keep their value
/// so that a date cell (a day count) can be read as a date.
/// </summary>
internal static class XlsxRowSource
{
    public const int MaxColumns = 256;

    /// <summary>
    /// Bounds what a small but highly compressed workbook can make the reader decompress and keep. A sheet of 10,000
    /// members is about 15 million characters of XML.
    /// </summary>
    public const long MaxCharactersInPart = 40_000_000;

    private const long MaxSharedStringCharacters = 20_000_000;

    /// <summary>Reads the rows into <paramref name="accept"/> until it returns false; returns why the file is unreadable, if it is.</summary>
    public static string? Read(Stream workbook, Func<RawRow, bool> accept, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Open(workbook, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        var workbookPart = document.WorkbookPart;
        var firstSheet = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbookPart is null || firstSheet?.Id?.Value is not { } sheetId)
        {
            return "the workbook has no sheet; put the roster on the first sheet, with the header in row 1";
        }

        if (workbookPart.GetPartById(sheetId) is not WorksheetPart sheetPart)
        {
            return $"the first sheet, '{firstSheet.Name?.Value}', is a chart or dialog sheet, not a table; put the roster on the first sheet";
        }

        var sharedStrings = SharedStrings(workbookPart.SharedStringTablePart, cancellationToken);
        if (sharedStrings is null)
        {
            return "the workbook holds more text than a roster can (over 20 million characters); split it";
        }

        using var reader = OpenXmlReader.Create(sheetPart);
        var next = 1;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index and > 0 and <= int.MaxValue ? (int)index : next;
            next = number + 1;
            if (!accept(new RawRow(number, Cells(row, sharedStrings, out var beyond)) { ColumnBeyondLimit = beyond }))
            {
                break;
            }
        }

        return null;
    }

    private static List<string>? SharedStrings(SharedStringTablePart? part, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        long characters = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement)
            {
                continue;
            }

            var item = (SharedStringItem)reader.LoadCurrentElement()!;
            var text = TextOf(item);
            characters += text.Length;
            if (characters > MaxSharedStringCharacters)
            {
                return null;
            }

            if (strings.Count % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            strings.Add(text);
        }

        return strings;
    }

    private static List<RawCell> Cells(Row row, List<string> sharedStrings, out int? beyond)
    {
        beyond = null;
        var cells = new List<RawCell>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : cells.Count;
            var value = Value(cell, sharedStrings);
            if (column < 0 || column >= MaxColumns)
            {
                beyond ??= string.IsNullOrWhiteSpace(value.Text) ? null : column < 0 ? MaxColumns + 1 : column + 1;
                continue;
            }

            while (cells.Count <= column)
            {
                cells.Add(RawCell.Empty);
            }

            cells[column] = value;
        }

        return cells;
    }

    private static RawCell Value(Cell cell, List<string> sharedStrings)
    {
        var type = cell.DataType?.Value;
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                ? new RawCell(sharedStrings[index])
                : RawCell.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return new RawCell(cell.InlineString is { } inline ? TextOf(inline) : raw);
        }

        if (type == CellValues.Boolean)
        {
            // Excel stores 1 and 0; some writers store the words.
            return new RawCell(raw == "1" || raw.Equals("true", StringComparison.OrdinalIgnoreCase) ? "TRUE" : "FALSE");
        }

        if (type is null || type == CellValues.Number)
        {
            if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                return new RawCell(Format(number), number);
            }
        }

        return new RawCell(raw);
    }

    /// <summary>A number as the spreadsheet shows it in a General cell: whole numbers without a decimal part or exponent.</summary>
    private static string Format(double number) =>
        number == Math.Floor(number) && Math.Abs(number) < 1e15
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>Plain text and rich-text runs; phonetic guides (furigana) are not part of the value.</summary>
    private static string TextOf(OpenXmlCompositeElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>The 0-based column of a reference such as "C12", or -1 when it does not start with letters.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
                if (++letters > 3)
                {
                    return -1;
                }
            }
            else
            {
                break;
            }
        }

        return letters == 0 ? -1 : column - 1;
    }
}
