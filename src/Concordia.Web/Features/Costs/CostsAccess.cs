using Concordia.Data.Identity;
using Concordia.Web.Features.Security;

namespace Concordia.Web.Features.Costs;

/// <summary>Who may do what with a country's costs, checked again inside each use case (the endpoints' policies say the same).</summary>
internal static class CostsAccess
{
    /// <summary>The host — coordinators and administrators — records agreements and decides on claims.</summary>
    public static bool IsHost(CurrentUser caller) => caller.IsInRole(Roles.Administrator) || caller.IsInRole(Roles.HostCoordinator);

    /// <summary>The country's own liaison, or the host, records its expenses and drafts and submits its claims.</summary>
    public static bool MayRecord(CurrentUser caller, string country) =>
        IsHost(caller) || (caller.IsInRole(Roles.CountryLiaison) && caller.Countries.Contains(country));
}
