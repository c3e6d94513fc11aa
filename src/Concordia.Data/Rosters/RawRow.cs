namespace Concordia.Data.Rosters;

/// <summary>A row as a file source read it, numbered as a spreadsheet shows it (the first row is 1).</summary>
internal sealed record RawRow(int Number, IReadOnlyList<RawCell> Cells)
{
    /// <summary>The 1-based column of a value found past the columns a roster can have, if any.</summary>
    public int? ColumnBeyondLimit { get; init; }

    public bool IsBlank => ColumnBeyondLimit is null && Cells.All(c => string.IsNullOrWhiteSpace(c.Text));

    public RawCell this[int index] => index < Cells.Count ? Cells[index] : RawCell.Empty;
}
