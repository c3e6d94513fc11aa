namespace Concordia.Planning.Model;

/// <summary>One member on duty at a site in a window, counted against the demand for <see cref="Capability"/>.</summary>
public sealed record Assignment(string StaffId, string SiteId, string WindowId, string Capability);
