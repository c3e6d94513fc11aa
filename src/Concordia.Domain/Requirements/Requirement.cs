using Concordia.Domain.Capabilities;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Sites;

namespace Concordia.Domain.Requirements;

/// <summary>
/// How many units of a capability a site needs during a time window, from a given alert level upwards,
/// with a priority (1 is the most important).
/// </summary>
public sealed class Requirement
{
    private Requirement()
    {
        Window = null!;
        AlertLevel = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid SiteId { get; private set; }

    public Guid CapabilityId { get; private set; }

    public TimeWindow Window { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>The lowest alert level at which this row applies.</summary>
    public string AlertLevel { get; private set; }

    public int Priority { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Only armed officers serve this requirement.</summary>
    public bool Armed { get; private set; }

    public int Version { get; private set; }

    public static Result<Requirement> Create(Event ev, Site site, Capability capability, RequirementDetails details)
    {
        var check = new Check();
        CheckDetails(check, ev, site, capability, details);
        return check.ToResult(() =>
        {
            var requirement = new Requirement { Id = Guid.CreateVersion7(), EventId = ev.Id };
            requirement.Apply(site, capability, details);
            return requirement;
        });
    }

    public Result<Requirement> Update(Event ev, Site site, Capability capability, RequirementDetails details)
    {
        var check = new Check();
        CheckDetails(check, ev, site, capability, details);
        if (check.Failed)
        {
            return Result<Requirement>.Failure(check.Errors);
        }

        Apply(site, capability, details);
        Version++;
        return this;
    }

    private static void CheckDetails(Check check, Event ev, Site site, Capability capability, RequirementDetails details)
    {
        var span = ev.Span;
        check.That(site.EventId == ev.Id, "site", "must be a site of the same event")
            .That(capability.EventId == ev.Id, "capability", "must be a capability of the same event")
            .That(details.Quantity is >= 1 and <= 100_000, "quantity", "must be between 1 and 100000")
            .That(details.Priority is >= 1 and <= 5, "priority", "must be between 1 (highest) and 5")
            .That(ev.AlertScale.Has(details.AlertLevel), "alertLevel", $"'{details.AlertLevel}' is not a level of the {ev.AlertScale.Name} scale")
            .That(details.Window.Start >= span.Start, "start",
                $"must not be before the event starts ({ev.ToLocal(span.Start):yyyy-MM-dd HH:mm zzz})")
            .That(details.Window.End <= span.End, "end",
                $"must not be after the event ends ({ev.ToLocal(span.End):yyyy-MM-dd HH:mm zzz})")
            .That(details.Window.Duration <= TimeSpan.FromHours(24), "end", "a requirement window lasts at most 24 hours")
            .Paragraph(details.Note, "note", 2000);
    }

    private void Apply(Site site, Capability capability, RequirementDetails details)
    {
        SiteId = site.Id;
        CapabilityId = capability.Id;
        Window = details.Window;
        Quantity = details.Quantity;
        AlertLevel = details.AlertLevel;
        Priority = details.Priority;
        Note = string.IsNullOrWhiteSpace(details.Note) ? null : details.Note.Trim();
        Armed = details.Armed;
    }
}
