namespace Concordia.Data.StatusBoard;

/// <summary>
/// One figure of the board before grouping: so many people of a capability, from a country, for an agency, in a
/// phase, at one stage (asked, pledged, accepted, arrived), known from a given day.
/// </summary>
internal sealed record BoardFact(string Stage, string Country, Guid CapabilityId, Guid AgencyId, Guid? RequestId, string Phase, int People, int Dogs, DateOnly Day);
