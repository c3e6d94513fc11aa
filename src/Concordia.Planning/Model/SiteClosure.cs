namespace Concordia.Planning.Model;

/// <summary>A site closed from <see cref="From"/> on: its demand in windows starting then or later is dropped.</summary>
public sealed record SiteClosure(string SiteId, DateTimeOffset From);
