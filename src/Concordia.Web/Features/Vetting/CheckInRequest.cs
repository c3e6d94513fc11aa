namespace Concordia.Web.Features.Vetting;

/// <summary>Where a member is checked in: a site's name or code, or the reception desk.</summary>
public sealed record CheckInRequest(string? Place);

/// <summary>A check-in against the rule: where, and why (kept on the member and in the audit trail).</summary>
public sealed record CheckInOverrideRequest(string? Place, string? Reason);
