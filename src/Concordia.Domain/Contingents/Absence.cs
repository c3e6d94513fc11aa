using Concordia.Domain.Common;
using Concordia.Domain.Events;

namespace Concordia.Domain.Contingents;

/// <summary>
/// A stretch of time a member cannot be deployed: leave and days off planned ahead, or an absence reported while the
/// event runs. The planner never plans the member then; reporting one after a plan was published proposes a re-plan.
/// </summary>
public sealed class Absence
{
    private Absence()
    {
        Country = string.Empty;
        ReportedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid MemberId { get; private set; }

    /// <summary>The member's country: the absence is the country's data, as the member is.</summary>
    public string Country { get; private set; }

    public AbsenceKind Kind { get; private set; }

    /// <summary>UTC instant the absence begins.</summary>
    public DateTime From { get; private set; }

    /// <summary>UTC instant it ends.</summary>
    public DateTime To { get; private set; }

    public string? Note { get; private set; }

    public string ReportedBy { get; private set; }

    public DateTime ReportedAt { get; private set; }

    public static Result<Absence> Report(Event ev, Member member, AbsenceKind kind, DateTime from, DateTime to, string? note, string by, DateTime at)
    {
        var span = ev.Span;
        var check = new Check()
            .That(member.EventId == ev.Id, "memberId", "is a member of another event")
            .That(Enum.IsDefined(kind), "kind", "is not a known kind of absence")
            .That(to > from, "to", "must be after from")
            .That(from < span.End && to > span.Start, "from", $"must overlap the event ({ev.Start:yyyy-MM-dd} to {ev.End:yyyy-MM-dd})")
            .Optional(note, "note", 500);
        return check.ToResult(() => new Absence
        {
            Id = Guid.CreateVersion7(),
            EventId = ev.Id,
            MemberId = member.Id,
            Country = member.Country,
            Kind = kind,
            From = from,
            To = to,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            ReportedBy = by,
            ReportedAt = at,
        });
    }

    /// <summary>
    /// The member is back before the absence was due to end: it now ends at <paramref name="backAt"/> (UTC), which
    /// must fall inside it. An absence reported by mistake is withdrawn whole instead (removed).
    /// </summary>
    public Result<Absence> EndAt(DateTime backAt)
    {
        var check = new Check()
            .That(backAt > From, "backAt", "must be after the absence begins (to withdraw it whole, leave backAt empty)")
            .That(backAt < To, "backAt", "must be before the absence was due to end");
        if (check.Failed)
        {
            return Result<Absence>.Failure(check.Errors);
        }

        To = backAt;
        return this;
    }
}
