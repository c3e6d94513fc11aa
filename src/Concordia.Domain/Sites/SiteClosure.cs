using Concordia.Domain.Common;
using Concordia.Domain.Events;

namespace Concordia.Domain.Sites;

/// <summary>
/// A site (with its sectors) closed for a while, e.g. a venue evacuated: its requirements are not planned then, and
/// closing a site after a plan was published proposes a re-plan.
/// </summary>
public sealed class SiteClosure
{
    private SiteClosure()
    {
        Reason = string.Empty;
        ClosedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid SiteId { get; private set; }

    /// <summary>UTC instant the site closes.</summary>
    public DateTime From { get; private set; }

    /// <summary>UTC instant it opens again; null: closed until the event's end.</summary>
    public DateTime? Until { get; private set; }

    public string Reason { get; private set; }

    public string ClosedBy { get; private set; }

    public DateTime ClosedAt { get; private set; }

    public static Result<SiteClosure> Close(Event ev, Site site, DateTime from, DateTime? until, string reason, string by, DateTime at) =>
        new Check()
            .That(site.EventId == ev.Id, "siteId", "must be a site of the event")
            .That(from < ev.Span.End, "from", "must be before the event ends")
            .That(until is null || until > from, "until", "must be after from")
            .Name(reason, "reason", 500)
            .ToResult(() => new SiteClosure
            {
                Id = Guid.CreateVersion7(),
                EventId = ev.Id,
                SiteId = site.Id,
                From = from,
                Until = until,
                Reason = reason.Trim(),
                ClosedBy = by,
                ClosedAt = at,
            });

    /// <summary>Whether the closure is over at <paramref name="now"/> (UTC): it had an end, and that end has passed.</summary>
    public bool IsOverAt(DateTime now) => Until is { } until && until <= now;

    /// <summary>
    /// Ends the closure early: the site opens again at <paramref name="at"/> (UTC), which must come before the closure
    /// was due to end. Reopening before the closure began withdraws it whole: the caller removes it then.
    /// </summary>
    public Result<SiteClosure> ReopenAt(DateTime at, DateTime now) =>
        new Check()
            .That(!IsOverAt(now), "closureId", $"is already over (the site opened again at {Until:yyyy-MM-dd HH:mm} UTC)")
            .That(IsOverAt(now) || Until is null || at < Until, "at", "must be before the closure was due to end")
            .ToResult(() =>
            {
                if (at > From)
                {
                    Until = at;
                }

                return this;
            });

    /// <summary>Whether reopening at <paramref name="at"/> (UTC) leaves nothing of the closure: it had not begun yet.</summary>
    public bool WithdrawnWholeBy(DateTime at) => at <= From;

    /// <summary>Whether the site is closed for a window starting at <paramref name="start"/>.</summary>
    public bool Covers(DateTime start) => start >= From && (Until is null || start < Until);
}
