namespace Concordia.Data.Scenarios.Format;

/// <summary>
/// Visitors from a country expected at a site on a local day of the event (format 1.2; for football, the fixture):
/// the languages to speak with them and how many speakers the site wants in each shift.
/// </summary>
public sealed record ScenarioVisitors(string Site, DateOnly Day, string Country, IReadOnlyList<string> Languages, int Speakers, string? Note);
