namespace Concordia.Web.Features.Vetting;

/// <summary>Where a member is checked in: a site's name or code, or the reception desk.</summary>
public sealed record CheckInRequest(string? Place);
