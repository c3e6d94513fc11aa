namespace Concordia.Planning.Model;

/// <summary>Changeover minutes needed between a duty at one site and a duty at another (both directions).</summary>
public sealed record TravelTime(string FromSiteId, string ToSiteId, int Minutes);
