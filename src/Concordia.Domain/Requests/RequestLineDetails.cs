namespace Concordia.Domain.Requests;

/// <summary>What a coordinator states about a request line.</summary>
public sealed record RequestLineDetails(Guid CapabilityId, DateOnly From, DateOnly To, string? SiteGroup = null, LineConditions? Conditions = null);
