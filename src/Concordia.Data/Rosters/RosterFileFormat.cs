namespace Concordia.Data.Rosters;

/// <summary>The kinds of roster file a liaison can upload or download.</summary>
public enum RosterFileFormat
{
    Csv,
    Xlsx,
}
