using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Concordia.Data.Rosters;

/// <summary>
/// The rows of a CSV roster. Rows are numbered as a spreadsheet shows the file (a quoted field spanning lines is one
/// row, blank lines count), so an error's row number is the one the liaison sees when opening the file.
/// </summary>
internal static class CsvRowSource
{
    private static readonly char[] Candidates = [';', ',', '\t'];

    /// <summary>
    /// The delimiter of the header line: the most frequent of ';', ',' and tab outside quotes. Excel writes ';' where
    /// the decimal separator is a comma (most of Europe), ',' elsewhere, and tab for "Unicode text".
    /// </summary>
    public static char DetectDelimiter(string text)
    {
        var counts = new int[Candidates.Length];
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && Array.IndexOf(Candidates, c) is var index and >= 0)
            {
                counts[index]++;
            }
        }

        var best = 1;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }

    public static IEnumerable<RawRow> Rows(string text, char delimiter)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.None,
            Mode = CsvMode.RFC4180,
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, configuration);
        var number = 0;
        while (parser.Read())
        {
            number++;
            var record = parser.Record ?? [];
            var cells = new RawCell[Math.Min(record.Length, XlsxRowSource.MaxColumns)];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = new RawCell(record[i]);
            }

            var beyond = Array.FindIndex(record, cells.Length, f => !string.IsNullOrWhiteSpace(f));
            yield return new RawRow(number, cells) { ColumnBeyondLimit = beyond >= 0 ? beyond + 1 : null };
        }
    }
}
