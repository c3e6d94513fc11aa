namespace Concordia.Data.Rosters;

/// <summary>
/// A data row of a roster file as the preview shows it: its row number in the file, the cells as read (after
/// trimming, keyed by column), the parsed member when the row has no error, and the row's errors.
/// </summary>
public sealed record RosterRow(
    int Number,
    IReadOnlyDictionary<RosterField, string> Cells,
    RosterEntry? Entry,
    IReadOnlyList<RosterError> Errors)
{
    public bool IsValid => Entry is not null && Errors.Count == 0;
}
