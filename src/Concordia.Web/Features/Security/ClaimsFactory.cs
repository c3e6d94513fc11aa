using System.Security.Claims;
using Concordia.Data;
using Concordia.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concordia.Web.Features.Security;

/// <summary>Builds a signed-in user's claims: Identity's (id, name, roles) plus one claim per binding.</summary>
internal sealed class ClaimsFactory(UserManager<ConcordiaUser> users, RoleManager<ConcordiaRole> roles, IOptions<IdentityOptions> options, ConcordiaDbContext db)
    : UserClaimsPrincipalFactory<ConcordiaUser, ConcordiaRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ConcordiaUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ConcordiaClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? string.Empty : user.DisplayName));
        var bindings = await db.UserBindings.AsNoTracking().Where(b => b.UserId == user.Id).ToListAsync();
        foreach (var binding in bindings)
        {
            identity.AddClaim(new Claim(binding.Kind switch
            {
                BindingKind.Country => ConcordiaClaims.Country,
                BindingKind.Agency => ConcordiaClaims.Agency,
                _ => ConcordiaClaims.Site,
            }, binding.Value));
        }

        return identity;
    }
}
