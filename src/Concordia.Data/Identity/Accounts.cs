using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Data.Identity;

/// <summary>
/// Local accounts (ASP.NET Core Identity on Concordia's database) with the rules every account follows, whoever
/// creates it: the users page and API, or <c>concordia admin create</c>.
/// </summary>
public static class Accounts
{
    /// <summary>Passwords of at least 12 characters with upper and lower case and a digit; one account per e-mail.</summary>
    public static IdentityBuilder AddConcordiaAccounts(this IServiceCollection services, Action<IdentityOptions>? more = null) =>
        services.AddIdentityCore<ConcordiaUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                more?.Invoke(o);
            })
            .AddRoles<ConcordiaRole>()
            .AddEntityFrameworkStores<ConcordiaDbContext>();

    /// <summary>Creates the roles of <see cref="Roles.All"/> that the database does not hold yet.</summary>
    public static async Task EnsureRolesAsync(RoleManager<ConcordiaRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new ConcordiaRole(role));
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"The role {role} cannot be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
                }
            }
        }
    }

    /// <summary>Whether some account holds the Administrator role and is not locked.</summary>
    public static async Task<bool> HasAdministratorAsync(UserManager<ConcordiaUser> users, TimeProvider clock) =>
        (await users.GetUsersInRoleAsync(Roles.Administrator)).Any(u => u.LockoutEnd is null || u.LockoutEnd <= clock.GetUtcNow());
}
