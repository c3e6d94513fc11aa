using Concordia.Data.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Concordia.Web.Features.Security;

/// <summary>
/// Decides <see cref="CountryScopeRequirement"/> from the country in the route (<c>{country}</c>) or the
/// <see cref="CountryScope"/> a page passes. Fails closed: without a country to check, access is refused.
/// </summary>
internal sealed class CountryScopeHandler : AuthorizationHandler<CountryScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CountryScopeRequirement requirement)
    {
        var country = context.Resource switch
        {
            CountryScope scope => scope.Country,
            HttpContext http => http.GetRouteValue("country") as string,
            _ => null,
        };
        if (string.IsNullOrEmpty(country))
        {
            return Task.CompletedTask;
        }

        var user = CurrentUser.From(context.User);
        var allowed = requirement.Write
            ? user.IsInRole(Roles.CountryLiaison) && user.Countries.Contains(country)
            : user.SeesAllCountries || (user.IsInRole(Roles.CountryLiaison) && user.Countries.Contains(country));
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
