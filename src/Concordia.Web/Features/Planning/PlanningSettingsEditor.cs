using Concordia.Data;
using Concordia.Domain.Events;
using Concordia.Domain.Planning;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Planning;

/// <summary>Changes an event's planning settings (API and settings page), refusing a stale edit.</summary>
public sealed class PlanningSettingsEditor(ConcordiaDbContext db)
{
    public async Task<Outcome<PlanningSettings>> ChangeAsync(Event ev, PlanningSettingsDto request, CancellationToken ct)
    {
        var settings = await db.PlanningSettings.SingleOrDefaultAsync(s => s.EventId == ev.Id, ct);
        if (settings is null)
        {
            settings = PlanningSettings.DefaultsFor(ev.Id);
            db.PlanningSettings.Add(settings);
        }

        if (request.Version != settings.Version)
        {
            return Outcome<PlanningSettings>.Conflicting(ApiProblems.StaleVersion("The planning settings", request.Version, settings.Version));
        }

        var changed = settings.Change(
            request.MaxShiftHours, request.MinRestHours, request.MaxHoursPer7Days, request.MaxConsecutiveDays, request.HostOfficersPerForeignOfficer,
            request.FrozenHorizonMinutes, request.PlanSeconds, request.ReplanSeconds);
        if (!changed.IsSuccess)
        {
            return Outcome<PlanningSettings>.Invalid(changed.Errors);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<PlanningSettings>.Ok(settings);
    }
}
