namespace Concordia.Data.Rosters;

/// <summary>
/// Everything read from a roster file, before anything is written: each data row with its errors, the file-wide
/// errors, and how the file was understood (format, text encoding, delimiter, header language), so the user can
/// check it. Committing is meant to be all-or-nothing: only a preview with no error at all should be committed.
/// </summary>
public sealed record RosterPreview(
    RosterFileFormat? Format,
    string? Encoding,
    char? Delimiter,
    RosterLanguage? HeaderLanguage,
    IReadOnlyList<RosterRow> Rows,
    IReadOnlyList<RosterError> Errors)
{
    /// <summary>True when the file was read completely and no row has an error.</summary>
    public bool IsValid => Errors.Count == 0 && Rows.Count > 0;

    /// <summary>The parsed members of the rows without error, in file order.</summary>
    public IEnumerable<RosterEntry> Entries => Rows.Where(r => r.IsValid).Select(r => r.Entry!);

    /// <summary>A preview of a file that could not be read at all, with one error that says why.</summary>
    public static RosterPreview Unreadable(RosterFileFormat? format, string message) =>
        new(format, null, null, null, [], [new RosterError(null, null, null, message)]);
}
