using System.Globalization;
using System.Text;
using Concordia.Data;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Contingents;
using Concordia.Domain.Equipment;
using Concordia.Domain.Events;
using Concordia.Domain.Legal;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Demo;

/// <summary>
/// The equipment register of the demo events, from their contingents' rosters and legal statuses:
/// <list type="bullet">
/// <item>a pistol for every member whose roster says armed and whose legal status arms them, its authorisation
/// granted for the whole event (with the prefecture's PDF) when the roster says granted or the member is accredited,
/// else requested;</item>
/// <item>the dog of every canine team (name, breed and speciality from the roster, a microchip number, vaccination
/// valid beyond the event);</item>
/// <item>a radio for every fifth member and a vehicle for every twentieth;</item>
/// <item>for every contingent unit, a van and a radio held by the unit as a whole.</item>
/// </list>
/// Written in bulk and audited as one entry per event, so that a first start stays quick.
/// </summary>
internal static class DemoEquipment
{
    private const string By = "Liaison officers (demo)";
    private static readonly string[] Radios = ["Motorola MTP3550", "Sepura SC20", "Airbus TH1n"];
    private static readonly string[] Vehicles = ["Patrol car", "Minibus", "Van"];

    public static async Task SeedAsync(ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        foreach (var ev in await db.Events.ToListAsync(cancellationToken))
        {
            if (await db.Equipment.AnyAsync(i => i.EventId == ev.Id, cancellationToken))
            {
                continue;
            }

            var members = await db.Members.AsNoTracking().Where(m => m.EventId == ev.Id && m.AgencyId == null).OrderBy(m => m.Id).ToListAsync(cancellationToken);
            if (members.Count == 0)
            {
                continue;
            }

            var kinds = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Id, c => c.Kind, cancellationToken);
            var statuses = (await db.LegalStatuses.AsNoTracking().Where(s => s.EventId == ev.Id).ToListAsync(cancellationToken))
                .ToDictionary(s => (s.Country, s.OfficerTypeKey), s => s.Terms);
            var document = new AuthorisationDocument("prefecture-weapon-authorisation.pdf", Authorisation(ev));
            var at = ev.StartOfDayUtc(ev.Start).AddDays(-10);
            var random = new Random(2026);
            var items = new List<EquipmentItem>();
            foreach (var (member, n) in members.Select((m, n) => (m, n)))
            {
                var kind = member.CapabilityId is { } c && kinds.TryGetValue(c, out var k) ? k : (CapabilityKind?)null;
                var terms = (kind is null ? null : statuses.GetValueOrDefault((member.Country, kind.Value.ToString())))
                    ?? statuses.GetValueOrDefault((member.Country, LegalStatus.AllOfficers));
                if (member.Armed == true && terms is { Armed: true, WeaponTypes.Count: > 0 })
                {
                    var granted = member.WeaponAuthorisation == WeaponAuthorisation.Granted
                        || member.Status is AccreditationStatus.Accredited or AccreditationStatus.BadgeIssued;
                    items.Add(Ok(EquipmentItem.Register(ev, member, new EquipmentDetails(EquipmentKind.Weapon, terms.WeaponTypes[0],
                            Serial: $"{member.Country}{random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture)}",
                            Authorisation: granted ? AuthorisationStatus.Granted : AuthorisationStatus.Requested,
                            AuthorisedFrom: granted ? ev.Start : null, AuthorisedTo: granted ? ev.End : null),
                        granted ? document : null, terms.WeaponTypes, By, at)));
                }

                if (member.Dog is { } dog)
                {
                    items.Add(Ok(EquipmentItem.Register(ev, member, new EquipmentDetails(EquipmentKind.Dog, dog.Breed, Name: dog.Name,
                            Speciality: dog.Speciality,
                            Reference: random.NextInt64(100_000_000_000_000, 999_999_999_999_999).ToString(CultureInfo.InvariantCulture),
                            VaccinationValidUntil: ev.End.AddDays(120 + random.Next(0, 240))),
                        null, [], By, at)));
                }

                if (n % 5 == 0)
                {
                    items.Add(Ok(EquipmentItem.Register(ev, member, new EquipmentDetails(EquipmentKind.Radio, Radios[n / 5 % Radios.Length],
                        Reference: $"{member.Country}-{n / 5 + 1:D3}"), null, [], By, at)));
                }

                if (n % 20 == 0)
                {
                    items.Add(Ok(EquipmentItem.Register(ev, member, new EquipmentDetails(EquipmentKind.Vehicle, Vehicles[n / 20 % Vehicles.Length],
                        Reference: $"{member.Country} {random.Next(100, 999)} {(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}"),
                        null, [], By, at)));
                }
            }

            var units = await db.Units.AsNoTracking().Where(u => u.EventId == ev.Id && u.AgencyId == null).OrderBy(u => u.Id).ToListAsync(cancellationToken);
            foreach (var (unit, n) in units.Select((u, n) => (u, n)))
            {
                items.Add(Ok(EquipmentItem.RegisterForUnit(ev, unit, new EquipmentDetails(EquipmentKind.Vehicle, "Unit van",
                    Reference: $"{unit.Country} U{n + 1:D3}"), null, [], By, at)));
                items.Add(Ok(EquipmentItem.RegisterForUnit(ev, unit, new EquipmentDetails(EquipmentKind.Radio, Radios[n % Radios.Length],
                    Reference: $"{unit.Country}-UNIT-{n + 1:D2}"), null, [], By, at)));
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await BulkInsert.WriteAsync(db, items, cancellationToken);
            await db.SaveChangesAsOneAuditEntryAsync("DemoEquipmentSeeded", "Event", ev.Id.ToString(), new
            {
                ev.Code,
                weapons = items.Count(i => i.Kind == EquipmentKind.Weapon),
                dogs = items.Count(i => i.Kind == EquipmentKind.Dog),
                radios = items.Count(i => i.Kind == EquipmentKind.Radio),
                vehicles = items.Count(i => i.Kind == EquipmentKind.Vehicle),
            }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static EquipmentItem Ok(Domain.Common.Result<EquipmentItem> result) => result.IsSuccess
        ? result.Value
        : throw new InvalidOperationException("The demo equipment breaks a rule: " + string.Join("; ", result.Errors));

    /// <summary>A one-page PDF standing for the prefecture's authorisation (Helvetica, so no font file is needed).</summary>
    private static byte[] Authorisation(Event ev)
    {
        var text = $"BT /F1 16 Tf 60 770 Td (Authorisation to carry a service weapon) Tj 0 -26 Td /F1 11 Tf ({Escape(ev.Name)}) Tj "
            + $"0 -18 Td (Foreign officers of the contributing countries, {ev.Start:yyyy-MM-dd} to {ev.End:yyyy-MM-dd}) Tj "
            + "0 -18 Td (Issued by the host's authority under its internal security code. Demonstration document.) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {Encoding.Latin1.GetByteCount(text)} >>\nstream\n{text}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
}
