using Concordia.Data;
using Concordia.Domain.Events;
using Concordia.Domain.Lodging;
using Concordia.Web.Features.Lodging;

namespace Concordia.Web.Features.Demo;

/// <summary>
/// Accommodation for the Paris 2024 demo: four sites with fewer beds than the contingents need at the peak, so the
/// board shows members without a bed; allocated once, after which the hotel gives up 150 beds for the nights around
/// the opening ceremony, so the board also shows over-capacity nights to resolve.
/// </summary>
internal static class DemoLodging
{
    public static async Task SeedAsync(ConcordiaDbContext db, Event ev, CancellationToken cancellationToken)
    {
        var first = ev.Start.AddDays(-3);
        var last = ev.End;
        var sites = new[]
        {
            new AccommodationSiteDetails("VINCENNES", "École de police, Vincennes (dormitories)", "Avenue de Paris, 94300 Vincennes", 600, first, last),
            new AccommodationSiteDetails("CITE-U", "Cité internationale universitaire, reserved houses", "17 boulevard Jourdan, 75014 Paris", 500, first, last),
            new AccommodationSiteDetails("HOTEL-SD", "Requisitioned hotel, Saint-Denis", "Rue du Landy, 93200 Saint-Denis", 400, first, last),
            new AccommodationSiteDetails("SATORY", "Camp de Satory (military teams)", "Route de Gally, 78000 Versailles", 100, first, last),
        }.Select(d => AccommodationSite.Create(ev, d).Value).ToList();
        db.AccommodationSites.AddRange(sites);
        await db.SaveChangesAsync(cancellationToken);

        await LodgingAllocationRun.RunAsync(db, ev, fresh: false, "Lodging officer (demo)", cancellationToken);

        var hotel = sites.Single(s => s.Code == "HOTEL-SD");
        // The eve of the opening ceremony, a week after the security period starts (25 July 2024 in Paris).
        var ceremony = ev.Start.AddDays(7);
        hotel.Update(hotel.Details with { Exceptions = [new NightCapacity(ceremony, 250), new NightCapacity(ceremony.AddDays(1), 250)] });
        await db.SaveChangesAsync(cancellationToken);
    }
}
