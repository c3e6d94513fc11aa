using Concordia.Data;
using Concordia.Domain.Planning;
using Concordia.Domain.Sites;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Planning;

/// <summary>
/// Ends a site's closure early: the site opens again at the time given (now when none), or, when the closure had not
/// begun by then, the closure is withdrawn whole. Its requirements are planned again, so a re-plan is proposed from
/// the published plan, as closing did. A closure already over cannot be ended.
/// </summary>
public sealed class ReopenSite(ConcordiaDbContext db, PlanJobs jobs, TimeProvider time)
{
    public async Task<Outcome<SiteReopening>> RunAsync(Guid eventId, Guid siteId, Guid closureId, SiteReopeningRequest request, string by, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, ct);
        var site = await db.Sites.SingleOrDefaultAsync(s => s.Id == siteId && s.EventId == eventId, ct);
        if (ev is null || site is null)
        {
            return Outcome<SiteReopening>.Missing(ev is null ? $"There is no event with id {eventId}." : $"The event has no site with id {siteId}.");
        }

        var closure = await db.SiteClosures.SingleOrDefaultAsync(c => c.Id == closureId && c.SiteId == siteId && c.EventId == eventId, ct);
        if (closure is null)
        {
            return Outcome<SiteReopening>.Missing($"The site has no closure with id {closureId}.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var at = request.At?.UtcDateTime ?? now;
        if (at < now.AddMinutes(-1) && !closure.IsOverAt(now))
        {
            return Outcome<SiteReopening>.Invalid("at", "must not be in the past");
        }

        var reopened = closure.ReopenAt(at, now);
        if (!reopened.IsSuccess)
        {
            return Outcome<SiteReopening>.Invalid(reopened.Errors);
        }

        var withdrawn = closure.WithdrawnWholeBy(at);
        if (withdrawn)
        {
            db.SiteClosures.Remove(closure);
        }

        var proposed = await jobs.ProposeAsync(ev, PlanTrigger.SiteReopened, withdrawn
            ? $"{site.Name}: closure from {ev.ToLocal(closure.From):g} withdrawn"
            : $"{site.Name} open again from {ev.ToLocal(at):g}", by, ct) is not null;
        await db.SaveChangesAsync(ct);
        return Outcome<SiteReopening>.Ok(new SiteReopening(closure, withdrawn, proposed));
    }
}

/// <summary>When the site opens again (with its offset); empty: now.</summary>
public sealed record SiteReopeningRequest(DateTimeOffset? At);

/// <summary>The closure as it stands after (or as it was, when withdrawn whole), and whether a re-plan was proposed.</summary>
public sealed record SiteReopening(SiteClosure Closure, bool Withdrawn, bool ReplanProposed);

/// <summary>An ended closure as read back, in the event's time.</summary>
public sealed record SiteReopeningDto(SiteClosureDto Closure, bool Withdrawn, bool ReplanProposed);
