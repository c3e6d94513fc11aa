using Concordia.Data.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Concordia.Web.Features.Security;

/// <summary>
/// Decides <see cref="AgencyScopeRequirement"/>. Without a resource (at the endpoint, before the record is read) it
/// admits the roles that may do agency work at all; with an <see cref="AgencyScope"/> it also checks the agency.
/// </summary>
internal sealed class AgencyScopeHandler : AuthorizationHandler<AgencyScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AgencyScopeRequirement requirement)
    {
        var user = CurrentUser.From(context.User);
        var anyAgency = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.HostCoordinator);
        var officer = user.IsInRole(Roles.HostAgencyOfficer);
        var allowed = context.Resource switch
        {
            AgencyScope scope => anyAgency || (officer && user.Agencies.Contains(scope.AgencyId.ToString())),
            _ => anyAgency || officer,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
