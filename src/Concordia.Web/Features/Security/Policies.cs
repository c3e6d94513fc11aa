using Concordia.Data.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Concordia.Web.Features.Security;

/// <summary>
/// Every access rule of Concordia, in one place. Endpoints and pages name one of these policies (or are explicitly
/// anonymous); one that names none fails the authorization matrix test. Which rows a caller sees
/// inside an allowed endpoint is decided again by the data layer (<see cref="Data.DataScope"/>).
/// </summary>
public static class Policies
{
    /// <summary>Events, sites, capabilities, alert level, agencies, countries: every role.</summary>
    public const string EventRead = "event-read";

    /// <summary>Changing an event, its sites and capabilities, importing scenarios.</summary>
    public const string EventManage = "event-manage";

    /// <summary>Putting another alert level in force.</summary>
    public const string AlertLevelSet = "alert-level-set";

    /// <summary>Requirements and their totals: host staff who plan or watch deployments.</summary>
    public const string RequirementRead = "requirement-read";

    public const string RequirementManage = "requirement-manage";

    /// <summary>A country's own data under <c>/countries/{country}/</c>: host staff, or that country's liaison.</summary>
    public const string CountryRead = "country-read";

    /// <summary>Changing a country's own data under <c>/countries/{country}/</c>: that country's liaison only.</summary>
    public const string CountryWrite = "country-write";

    /// <summary>A contingent record by id: anyone who may see some contingent; the data layer hides other countries.</summary>
    public const string MemberRead = "member-read";

    /// <summary>Changing a contingent record by id: liaisons; the data layer hides other countries.</summary>
    public const string MemberWrite = "member-write";

    public const string AuditRead = "audit-read";

    public const string UserManage = "user-manage";

    /// <summary>Anything about the caller's own account (tokens, second factor).</summary>
    public const string SignedIn = "signed-in";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(EventRead, p => p.RequireRole(Roles.All));
        options.AddPolicy(EventManage, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(AlertLevelSet, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(RequirementRead, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.HostAgencyOfficer, Roles.Planner,
            Roles.SiteCommander, Roles.Observer));
        options.AddPolicy(RequirementManage, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(CountryRead, p => p.AddRequirements(new CountryScopeRequirement(Write: false)));
        options.AddPolicy(CountryWrite, p => p.AddRequirements(new CountryScopeRequirement(Write: true)));
        options.AddPolicy(MemberRead, p => p.RequireRole([.. Roles.Host, Roles.CountryLiaison]));
        options.AddPolicy(MemberWrite, p => p.RequireRole(Roles.CountryLiaison));
        options.AddPolicy(AuditRead, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(UserManage, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());

        // Framework endpoints (the interactive pages' connection) need a signed-in user. Every API endpoint and page must
        // still name its own policy: the authorization matrix test fails for one that does not.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
