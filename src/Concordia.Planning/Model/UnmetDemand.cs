namespace Concordia.Planning.Model;

public sealed record UnmetDemand(string SiteId, string WindowId, string Capability, int Required, int Missing);
