namespace Concordia.Data.Rosters;

/// <summary>A cell as a file source read it: its text, and its number when a spreadsheet stored it as one.</summary>
internal readonly record struct RawCell(string Text, double? Number = null)
{
    public static readonly RawCell Empty = new(string.Empty);
}
