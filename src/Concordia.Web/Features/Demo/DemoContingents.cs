using Concordia.Data;
using Concordia.Domain.Contingents;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Demo;

/// <summary>
/// A few members of the Polish, Spanish and German contingents of Paris 2024, so that the per-country views have
/// something to show. Names keep their own spelling (Łukasz, Núñez, Müller); personal data are invented.
/// </summary>
public static class DemoContingents
{
    private static readonly (string Country, string Family, string Given, string Rank, string Service, string Capability)[] People =
    [
        ("PL", "Wiśniewski", "Łukasz", "Starszy szeregowy", "Wojska Obrony Terytorialnej", "k9-edd-military"),
        ("PL", "Kowalczyk", "Małgorzata", "Kapral", "Wojska Obrony Terytorialnej", "k9-edd-military"),
        ("PL", "Wójcik", "Paweł", "Sierżant", "Żandarmeria Wojskowa", "k9-edd-military"),
        ("PL", "Zieliński", "Grzegorz", "Porucznik", "Wojska Obrony Terytorialnej", "liaison-officer"),
        ("PL", "Szymańska", "Agnieszka", "Szeregowy", "Żandarmeria Wojskowa", "k9-edd-military"),
        ("ES", "García López", "José Antonio", "Policía", "Cuerpo Nacional de Policía", "patrol-officer"),
        ("ES", "Núñez Martín", "Lucía", "Oficial de Policía", "Cuerpo Nacional de Policía", "patrol-officer"),
        ("ES", "Fernández Ruiz", "Íñigo", "Guardia Civil", "Guardia Civil", "k9-edd-police"),
        ("ES", "Sánchez Peña", "María José", "Cabo", "Guardia Civil", "eod-team"),
        ("DE", "Müller", "Jürgen", "Polizeihauptmeister", "Bundespolizei", "patrol-officer"),
        ("DE", "Schröder", "Anja", "Polizeikommissarin", "Bundespolizei", "patrol-officer"),
        ("DE", "Weiß", "Tobias", "Polizeioberkommissar", "Landespolizei Nordrhein-Westfalen", "liaison-officer"),
    ];

    public static async Task SeedAsync(ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var paris = await db.Events.FirstOrDefaultAsync(e => e.Code == "paris-2024", cancellationToken);
        if (paris is null)
        {
            return;
        }

        var capabilities = await db.Capabilities.Where(c => c.EventId == paris.Id).ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
        var random = new Random(2024);
        foreach (var (country, family, given, rank, service, capability) in People)
        {
            var details = new MemberDetails(family, given, rank, service, capabilities.GetValueOrDefault(capability),
                new DateOnly(1975 + random.Next(25), 1 + random.Next(12), 1 + random.Next(28)),
                $"{country}{random.Next(1_000_000, 9_999_999)}", $"+{(country == "PL" ? 48 : country == "ES" ? 34 : 49)} {random.Next(500_000_000, 799_999_999)}");
            db.Members.Add(Member.Create(paris, country, details).Value);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
