using System.Globalization;
using Concordia.Data;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Vetting;

/// <summary>
/// Badge numbers: the country code and a running number per country in the event (<c>PL-000042</c>). The database's
/// unique index refuses a number two officers would issue at the same moment.
/// </summary>
internal sealed class BadgeNumbers
{
    private readonly Dictionary<string, int> last;

    private BadgeNumbers(Dictionary<string, int> last) => this.last = last;

    public static async Task<BadgeNumbers> NextAsync(ConcordiaDbContext db, Guid eventId, CancellationToken cancellationToken)
    {
        var counts = await db.Badges.Where(b => b.EventId == eventId).GroupBy(b => b.Country).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new BadgeNumbers(counts);
    }

    public string Next(string country)
    {
        var number = last.GetValueOrDefault(country) + 1;
        last[country] = number;
        return $"{country}-{number.ToString("D6", CultureInfo.InvariantCulture)}";
    }
}
