namespace Concordia.Data.StatusBoard;

/// <summary>How the board groups its rows.</summary>
public enum BoardDimension
{
    Country,
    Capability,
    Agency,
    Phase,
}

/// <summary>
/// One row of the board, in people (units × people per unit): asked for, pledged, accepted (active commitments) and
/// arrived (checked in). Dogs are counted apart.
/// </summary>
public sealed record BoardRow(string Key, string Label, int Requested, int Pledged, int Accepted, int Arrived, int AcceptedDogs);

public sealed record BoardPoint(DateOnly Day, int Pledged, int Accepted);

public sealed record BoardFilter(Guid? AgencyId = null, Guid? RequestId = null, Guid? CapabilityId = null, string? Country = null, string? Phase = null);

/// <summary>The status board: totals, rows by the chosen dimension, pledges over time, and accepted people per country.</summary>
public sealed record StatusBoardDto(
    BoardDimension Dimension,
    BoardRow Total,
    IReadOnlyList<BoardRow> Rows,
    IReadOnlyList<BoardPoint> OverTime,
    IReadOnlyDictionary<string, int> AcceptedByCountry,
    int CountriesAsked,
    int CountriesAnswered,
    int CountriesContributing);
