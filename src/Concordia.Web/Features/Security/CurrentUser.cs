using System.Security.Claims;
using Concordia.Data;
using Concordia.Data.Identity;

namespace Concordia.Web.Features.Security;

/// <summary>Who is calling, read from their claims: id, name, roles and bindings. Small on purpose.</summary>
public sealed record CurrentUser(Guid? Id, string Name, IReadOnlySet<string> Roles, IReadOnlyList<string> Countries,
    IReadOnlyList<string> Agencies, IReadOnlyList<string> Sites)
{
    public static readonly CurrentUser Anonymous = new(null, "anonymous", new HashSet<string>(), [], [], []);

    public bool IsAuthenticated => Id is not null;

    /// <summary>Host staff see every country's contingent; a liaison only their own.</summary>
    public bool SeesAllCountries => Data.Identity.Roles.Host.Any(Roles.Contains);

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>
    /// Host staff see everything; a liaison their country's records; a site commander who is on duty at their sites.
    /// </summary>
    public DataScope Scope => SeesAllCountries
        ? DataScope.Everything
        : new DataScope(false, [.. Countries.Distinct()], [.. Sites.Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct()]);

    public static CurrentUser From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return Anonymous;
        }

        return new CurrentUser(id,
            principal.FindFirstValue(ConcordiaClaims.DisplayName) ?? principal.Identity.Name ?? id.ToString(),
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
            principal.FindAll(ConcordiaClaims.Country).Select(c => c.Value).ToList(),
            principal.FindAll(ConcordiaClaims.Agency).Select(c => c.Value).ToList(),
            principal.FindAll(ConcordiaClaims.Site).Select(c => c.Value).ToList());
    }
}
