namespace Concordia.Web.Features.Contingents;

/// <summary>
/// One country and capability: people committed (and dogs), members (not refused), members linked to a commitment,
/// accredited, refused, arrived (linked and checked in), and canine teams among the members.
/// </summary>
public sealed record ContingentFigureRow(string Country, Guid? CapabilityId, string CapabilityName, int Committed, int CommittedDogs, int Members,
    int InCommitment, int Accredited, int Refused, int Arrived, int Dogs);

/// <summary>A country's contingent in figures: its totals and one row per capability.</summary>
public sealed record ContingentDto(string Country, string? CountryName, ContingentFigureRow Total, IReadOnlyList<ContingentFigureRow> Capabilities);

/// <summary>One country's totals in the all-countries view.</summary>
public sealed record ContingentSummaryDto(string Country, string? CountryName, int Members, int Committed, int InCommitment, int Accredited, int Refused,
    int Arrived, int Dogs)
{
    public static ContingentSummaryDto Of(string country, string? name, IReadOnlyCollection<ContingentFigureRow> rows) =>
        new(country, name, rows.Sum(r => r.Members), rows.Sum(r => r.Committed), rows.Sum(r => r.InCommitment), rows.Sum(r => r.Accredited),
            rows.Sum(r => r.Refused), rows.Sum(r => r.Arrived), rows.Sum(r => r.Dogs));
}
