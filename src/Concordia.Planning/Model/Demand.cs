namespace Concordia.Planning.Model;

/// <summary>
/// How many units of a capability a site needs in a window. A unit is one person, or one team (canine team,
/// public-order unit) when staff share a team id. Weights, when given, replace the rule's default weights.
/// <see cref="Armed"/>: only armed persons serve it.
/// </summary>
public sealed record Demand(
    string SiteId,
    string WindowId,
    string Capability,
    int Required,
    int Priority = 1,
    int? UnderWeight = null,
    int? OverWeight = null,
    bool Armed = false);
