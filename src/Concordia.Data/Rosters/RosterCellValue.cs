namespace Concordia.Data.Rosters;

/// <summary>An exported cell: its text, and its date when it is one (XLSX writes dates as real date cells).</summary>
internal readonly record struct RosterCellValue(string Text, DateOnly? Date = null)
{
    public static RosterCellValue Of(DateOnly? date) => date is { } d ? new(RosterDates.Write(d), d) : new(string.Empty);

    /// <summary>
    /// The text a CSV export writes: a value a spreadsheet would run as a formula gets a leading apostrophe, which
    /// spreadsheets show as text and the roster reader removes again (OWASP's advice for CSV injection).
    /// </summary>
    public string Neutralised => RosterText.StartsLikeFormula(Text) ? "'" + Text : Text;
}
