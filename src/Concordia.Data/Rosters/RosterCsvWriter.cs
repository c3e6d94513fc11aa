using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Concordia.Data.Rosters;

/// <summary>
/// Writes a roster as CSV: UTF-8 with a byte order mark (so Excel reads accents and non-Latin scripts), the header in
/// the chosen language, ',' between English columns and ';' between French ones (what Excel expects where each
/// language is usual), and formula-like values neutralised.
/// </summary>
public static class RosterCsvWriter
{
    public static char DelimiterFor(RosterLanguage language) => language == RosterLanguage.French ? ';' : ',';

    public static async Task WriteAsync(Stream destination, IEnumerable<RosterEntry> entries, RosterLanguage language,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(entries);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DelimiterFor(language).ToString(),
            NewLine = "\r\n",
            // Neutralised here, the same way for every export, so the reader can undo it exactly.
            InjectionOptions = InjectionOptions.None,
        };
        await using var writer = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65_536, leaveOpen: true);
        await using var csv = new CsvWriter(writer, configuration);
        foreach (var column in RosterColumns.All)
        {
            csv.WriteField(column.Name(language));
        }

        await csv.NextRecordAsync();
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var cell in RosterCellFormatter.Cells(entry, language))
            {
                csv.WriteField(cell.Neutralised);
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }
}
