using Concordia.Data;
using Concordia.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Notifications;

/// <summary>Who is told: a country's liaisons, a host agency's officers with the host coordinators.</summary>
public static class NotificationRecipients
{
    public static async Task<IReadOnlyList<Guid>> LiaisonsOfAsync(ConcordiaDbContext db, string country, CancellationToken cancellationToken)
    {
        var bound = await db.UserBindings.Where(b => b.Kind == BindingKind.Country && b.Value == country).Select(b => b.UserId).ToListAsync(cancellationToken);
        return await InRoleAsync(db, Roles.CountryLiaison, bound, cancellationToken);
    }

    /// <summary>The officers bound to the agency and every host coordinator (who follows every agency's requests).</summary>
    public static async Task<IReadOnlyList<Guid>> AgencyAsync(ConcordiaDbContext db, Guid agencyId, CancellationToken cancellationToken)
    {
        var value = agencyId.ToString();
        var bound = await db.UserBindings.Where(b => b.Kind == BindingKind.Agency && b.Value == value).Select(b => b.UserId).ToListAsync(cancellationToken);
        var officers = await InRoleAsync(db, Roles.HostAgencyOfficer, bound, cancellationToken);
        return [.. officers.Union(await HostCoordinatorsAsync(db, cancellationToken))];
    }

    public static Task<IReadOnlyList<Guid>> HostCoordinatorsAsync(ConcordiaDbContext db, CancellationToken cancellationToken) =>
        InRoleAsync(db, Roles.HostCoordinator, null, cancellationToken);

    private static async Task<IReadOnlyList<Guid>> InRoleAsync(ConcordiaDbContext db, string role, IReadOnlyList<Guid>? among, CancellationToken cancellationToken)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var userIds = await db.UserRoles.Where(ur => ur.RoleId == roleId).Select(ur => ur.UserId).ToListAsync(cancellationToken);
        return among is null ? userIds : [.. userIds.Intersect(among)];
    }
}
