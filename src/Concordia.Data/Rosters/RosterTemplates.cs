namespace Concordia.Data.Rosters;

/// <summary>
/// The empty roster files liaisons download and fill in. The XLSX template's second sheet explains each column; a
/// CSV file has no second sheet, so its explanation is a separate CSV (<see cref="WriteGuideCsvAsync"/>).
/// </summary>
public static class RosterTemplates
{
    public static string FileName(RosterFileFormat format, RosterLanguage language) =>
        $"roster-template-{(language == RosterLanguage.French ? "fr" : "en")}.{(format == RosterFileFormat.Xlsx ? "xlsx" : "csv")}";

    public static string ContentType(RosterFileFormat format) =>
        format == RosterFileFormat.Xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";

    public static Task WriteAsync(Stream destination, RosterFileFormat format, RosterLanguage language, CancellationToken cancellationToken = default) =>
        format == RosterFileFormat.Xlsx
            ? RosterXlsxWriter.WriteAsync(destination, [], language, cancellationToken)
            : RosterCsvWriter.WriteAsync(destination, [], language, cancellationToken);

    /// <summary>The column guide of the CSV template: one row per roster column (name, required, explanation, example).</summary>
    public static async Task WriteGuideCsvAsync(Stream destination, RosterLanguage language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var delimiter = RosterCsvWriter.DelimiterFor(language);
        var header = language == RosterLanguage.French
            ? new[] { "Colonne", "Obligatoire", "Explication", "Exemple" }
            : ["Column", "Required", "Explanation", "Example"];
        var (yes, no) = language == RosterLanguage.French ? ("oui", "non") : ("yes", "no");
        var lines = RosterColumns.All
            .Select(c => new[] { c.Name(language), c.ValueRequired ? yes : no, c.Help(language), c.Example })
            .Prepend(header)
            .Select(fields => string.Join(delimiter, fields.Select(f => Quote(f, delimiter))));
        await using var writer = new StreamWriter(destination, new System.Text.UTF8Encoding(true), 4096, leaveOpen: true);
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(line + "\r\n");
        }
    }

    private static string Quote(string field, char delimiter)
    {
        var text = RosterText.StartsLikeFormula(field) ? "'" + field : field;
        return text.Contains(delimiter) || text.Contains('"') || text.Contains('\n')
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}
