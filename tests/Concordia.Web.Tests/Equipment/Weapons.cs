using Concordia.Domain.Equipment;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Legal;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Equipment;

/// <summary>Registers a pistol for each member of an event, with its authorisation in the given state over the whole event.</summary>
internal static class Weapons
{
    public static async Task RegisterAsync(ConcordiaApp app, Guid eventId, IEnumerable<Guid> memberIds, AuthorisationStatus status)
    {
        await using var system = new SystemDb(app.Services);
        var ev = await system.Db.Events.SingleAsync(e => e.Id == eventId);
        var ids = memberIds.ToList();
        foreach (var member in await system.Db.Members.Where(m => ids.Contains(m.Id)).ToListAsync())
        {
            var item = EquipmentItem.Register(ev, member, new EquipmentDetails(EquipmentKind.Weapon, "pistol",
                    Serial: "P" + member.Id.ToString("N")[..10], Authorisation: status, AuthorisedFrom: ev.Start, AuthorisedTo: ev.End),
                new AuthorisationDocument("authorisation.pdf", LegalStatusApiTests.Pdf), ["pistol"], "test", DateTime.UtcNow);
            system.Db.Equipment.Add(item.Value);
        }

        await system.Db.SaveChangesAsync();
    }
}
