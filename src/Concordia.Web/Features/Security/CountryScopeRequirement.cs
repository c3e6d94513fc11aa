using Microsoft.AspNetCore.Authorization;

namespace Concordia.Web.Features.Security;

/// <summary>Access to one country's data: to read, host staff or the country's liaison; to write, the liaison only.</summary>
public sealed record CountryScopeRequirement(bool Write) : IAuthorizationRequirement;

/// <summary>The country a page asks about, for resource-based checks in interactive pages (which have no route values to read).</summary>
public sealed record CountryScope(string Country);
