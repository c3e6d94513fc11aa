using Concordia.Data;
using Concordia.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Sites;

/// <summary>Site lists shared by the API and the pages.</summary>
public static class SiteQueries
{
    public static async Task<List<Site>> ListAsync(ConcordiaDbContext db, Guid eventId, SiteKind? kind, Guid? parentId, string? text,
        CancellationToken cancellationToken)
    {
        var query = db.Sites.AsNoTracking().Where(s => s.EventId == eventId);
        if (kind is { } k)
        {
            query = query.Where(s => s.Kind == k);
        }

        if (parentId is { } p)
        {
            query = query.Where(s => s.ParentId == p);
        }

        var sites = await query.ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(text))
        {
            // Filtered in memory: accent- and case-insensitive matching is not portable across the two databases.
            sites = sites.Where(s => Matches(s.Name, text) || Matches(s.Code, text) || Matches(s.City, text)).ToList();
        }

        return sites.OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
    }

    private static bool Matches(string? value, string text) =>
        value is not null && System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf(value, text.Trim(),
            System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) >= 0;
}
