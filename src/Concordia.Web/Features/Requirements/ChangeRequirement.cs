using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Requirements;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Requirements;

/// <summary>
/// Changing a requirement row, for the API and the requirement pages alike (the pages switch its armed flag): the
/// version sent must be the stored one; the row's rules are the domain's; bad input changes nothing.
/// </summary>
public static class ChangeRequirement
{
    public static async Task<Outcome<RequirementDto>> ChangeAsync(ConcordiaDbContext db, Guid eventId, Guid requirementId, RequirementRequest request,
        CancellationToken cancellationToken)
    {
        var ev = await Events.EventLookup.FindAsync(db, eventId, cancellationToken);
        var requirement = ev is null ? null : await db.Requirements.FirstOrDefaultAsync(r => r.Id == requirementId && r.EventId == eventId, cancellationToken);
        if (ev is null || requirement is null)
        {
            return Outcome<RequirementDto>.Missing($"There is no requirement {requirementId} in event {eventId}.");
        }

        if (request.Version is not { } version)
        {
            return Outcome<RequirementDto>.Invalid("version", "is required when changing a requirement");
        }

        if (version != requirement.Version)
        {
            return Outcome<RequirementDto>.Conflicting(ApiProblems.StaleVersion("The requirement", version, requirement.Version));
        }

        var (site, capability, details, errors) = await ResolveAsync(db, ev, request, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome<RequirementDto>.Invalid(errors);
        }

        var updated = requirement.Update(ev, site!, capability!, details!);
        if (!updated.IsSuccess)
        {
            return Outcome<RequirementDto>.Invalid(updated.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        var siblings = await db.Requirements.AsNoTracking()
            .Where(x => x.EventId == ev.Id && x.SiteId == requirement.SiteId && x.CapabilityId == requirement.CapabilityId
                && x.Window.Start == requirement.Window.Start && x.Window.End == requirement.Window.End)
            .ToListAsync(cancellationToken);
        var inForce = EffectiveRequirements.At(siblings, ev.AlertScale, ev.CurrentAlertLevel).Any(x => x.Id == requirement.Id);
        return Outcome<RequirementDto>.Ok(RequirementQueries.ToDto(ev, requirement, site!, capability!, inForce));
    }

    /// <summary>The site, capability and details a request names, or the fields that are wrong.</summary>
    internal static async Task<(Domain.Sites.Site?, Domain.Capabilities.Capability?, RequirementDetails?, List<DomainError>)> ResolveAsync(
        ConcordiaDbContext db, Event ev, RequirementRequest request, CancellationToken cancellationToken)
    {
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Id == request.SiteId && s.EventId == ev.Id, cancellationToken);
        var capability = await db.Capabilities.FirstOrDefaultAsync(c => c.Id == request.CapabilityId && c.EventId == ev.Id, cancellationToken);
        var window = TimeWindow.Create(request.Start, request.End);
        var check = new Check()
            .That(site is not null, "siteId", $"there is no site {request.SiteId} in this event")
            .That(capability is not null, "capabilityId", $"there is no capability {request.CapabilityId} in this event")
            .Add(window.Errors);
        return check.Failed
            ? (null, null, null, [.. check.Errors])
            : (site, capability, new RequirementDetails(window.Value, request.Quantity, request.AlertLevel ?? string.Empty, request.Priority, request.Note,
                request.Armed == true), []);
    }

    /// <summary>The request that changes only the row's armed flag, from the row as read.</summary>
    public static RequirementRequest WithArmed(RequirementDto r, bool armed) =>
        new(r.SiteId, r.CapabilityId, r.Start, r.End, r.Quantity, r.AlertLevel, r.Priority, r.Note, r.Version, armed);
}
