using Concordia.Data;
using Concordia.Domain.Planning;
using Concordia.Domain.Sites;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Planning;

/// <summary>Closes a site (and its sectors) for a while: its requirements are not planned then, and a re-plan is proposed.</summary>
public sealed class CloseSite(ConcordiaDbContext db, PlanJobs jobs, TimeProvider time)
{
    public async Task<Outcome<SiteClosure>> RunAsync(Guid eventId, Guid siteId, SiteClosureRequest request, string by, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, ct);
        var site = await db.Sites.SingleOrDefaultAsync(s => s.Id == siteId && s.EventId == eventId, ct);
        if (ev is null || site is null)
        {
            return Outcome<SiteClosure>.Missing(ev is null ? $"There is no event with id {eventId}." : $"The event has no site with id {siteId}.");
        }

        if (request.From is not { } from)
        {
            return Outcome<SiteClosure>.Invalid("from", "is required");
        }

        var closure = SiteClosure.Close(ev, site, from.UtcDateTime, request.Until?.UtcDateTime, request.Reason ?? string.Empty, by, time.GetUtcNow().UtcDateTime);
        if (!closure.IsSuccess)
        {
            return Outcome<SiteClosure>.Invalid(closure.Errors);
        }

        db.SiteClosures.Add(closure.Value);
        await jobs.ProposeAsync(ev, PlanTrigger.SiteClosed, $"{site.Name} closed from {ev.ToLocal(from.UtcDateTime):g}: {closure.Value.Reason}", by, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<SiteClosure>.Ok(closure.Value);
    }
}

public sealed record SiteClosureRequest(DateTimeOffset? From, DateTimeOffset? Until, string? Reason);

public sealed record SiteClosureDto(Guid Id, Guid SiteId, DateTimeOffset From, DateTimeOffset? Until, string Reason, string ClosedBy, DateTimeOffset ClosedAt);
