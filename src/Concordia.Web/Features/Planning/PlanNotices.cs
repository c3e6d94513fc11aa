using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Domain.Notifications;
using Concordia.Domain.Planning;
using Concordia.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Planning;

/// <summary>
/// Tells the people a newly published plan concerns: the liaisons of the countries whose duties it changes and the
/// commanders of the sites where duties change (for a first plan, everyone with duties in it), in the app and by e-mail as
/// each chooses. The caller saves.
/// </summary>
public sealed class PlanNotices(ConcordiaDbContext db, PlanQueries queries)
{
    public async Task PublishedAsync(PlanVersion published, PlanVersion? before, DateTime at, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == published.EventId, ct);
        var (countries, sites) = await queries.ConcernedAsync(before, published, ct);
        var siteKeys = sites.Select(s => s.ToString()).ToList();
        var bindings = await db.UserBindings.AsNoTracking()
            .Where(b => (b.Kind == BindingKind.Country && countries.Contains(b.Value)) || (b.Kind == BindingKind.Site && siteKeys.Contains(b.Value)))
            .ToListAsync(ct);
        var link = $"/events/{ev.Code}/planning/duties";
        var text = before is null
            ? $"The deployment plan of {ev.Name} is published (version {published.Number}): see your duties."
            : $"The deployment plan of {ev.Name} changed (version {published.Number}: {published.Reason}): see your duties.";
        await Notifier.AddAsync(db, [.. bindings.Select(b => b.UserId).Distinct()], NotificationKind.PlanPublished, text, link, at, ct);
    }
}
