using Microsoft.AspNetCore.Authorization;

namespace Concordia.Web.Features.Security;

/// <summary>Work on behalf of a host agency: coordinators and administrators for any, an agency officer for their own.</summary>
public sealed record AgencyScopeRequirement : IAuthorizationRequirement;

/// <summary>The agency a request or pledge belongs to, for the resource-based check.</summary>
public sealed record AgencyScope(Guid AgencyId);
