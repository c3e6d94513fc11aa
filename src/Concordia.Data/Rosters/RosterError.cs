namespace Concordia.Data.Rosters;

/// <summary>
/// A problem in a roster file, placed where the user will look for it: the row as a spreadsheet numbers it (the
/// header is row 1), the column by its letter and by its header as written in the file. File-wide problems (empty,
/// damaged, too large) have no row; problems with a whole row or a missing column have no column letter.
/// </summary>
public sealed record RosterError(int? Row, int? Column, string? ColumnName, string Message)
{
    /// <summary>The spreadsheet letter of <see cref="Column"/> (1 is A, 27 is AA).</summary>
    public string? ColumnLetter => Column is { } column ? RosterColumns.Letter(column) : null;

    /// <summary>Where the problem is, as a user reads it: "row 5, column C (Date of birth)", "row 1", "file".</summary>
    public string Place
    {
        get
        {
            var place = Row is { } row ? $"row {row}" : "file";
            if (ColumnLetter is { } letter)
            {
                place += $", column {letter}";
            }

            return ColumnName is { Length: > 0 } name ? $"{place} ({name})" : place;
        }
    }

    public override string ToString() => $"{Place}: {Message}";
}
