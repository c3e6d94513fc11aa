using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Domain.Common;
using Concordia.Domain.Countries;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Users;

/// <summary>Checks a set of roles and bindings: known roles, bindings that exist, and the binding each role needs.</summary>
public static class UserAccessRules
{
    public static async Task<IReadOnlyList<DomainError>> CheckAsync(ConcordiaDbContext db, IReadOnlyList<string> roles, IReadOnlyList<BindingDto> bindings,
        CancellationToken cancellationToken)
    {
        var check = new Check();
        for (var i = 0; i < roles.Count; i++)
        {
            check.That(Roles.All.Contains(roles[i]), $"roles[{i}]", $"'{roles[i]}' is not a role; roles are {string.Join(", ", Roles.All)}");
        }

        for (var i = 0; i < bindings.Count; i++)
        {
            var binding = bindings[i];
            var exists = binding.Kind switch
            {
                BindingKind.Country => CountryCatalogue.Find(binding.Value)?.Alpha2 == binding.Value,
                BindingKind.Agency => Guid.TryParse(binding.Value, out var agency) && await db.Agencies.AnyAsync(a => a.Id == agency, cancellationToken),
                _ => Guid.TryParse(binding.Value, out var site) && await db.Sites.AnyAsync(s => s.Id == site, cancellationToken),
            };
            check.That(exists, $"bindings[{i}].value", $"'{binding.Value}' is not a known {binding.Kind.ToString().ToLowerInvariant()}");
        }

        foreach (var role in roles.Where(Roles.All.Contains))
        {
            if (Roles.RequiredBinding(role) is { } kind)
            {
                var count = bindings.Count(b => b.Kind == kind);
                check.That(count >= 1, "bindings", $"the role {role} needs a {kind.ToString().ToLowerInvariant()} binding")
                    .That(kind != BindingKind.Country || count <= 1, "bindings", "a country liaison is bound to exactly one country");
            }
        }

        return check.Errors;
    }

    public static async Task ReplaceBindingsAsync(ConcordiaDbContext db, Guid userId, IReadOnlyList<BindingDto> bindings, CancellationToken cancellationToken)
    {
        db.UserBindings.RemoveRange(await db.UserBindings.Where(b => b.UserId == userId).ToListAsync(cancellationToken));
        db.UserBindings.AddRange(bindings.Distinct().Select(b => new UserBinding { UserId = userId, Kind = b.Kind, Value = b.Value }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
