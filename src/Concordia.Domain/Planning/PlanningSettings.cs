using Concordia.Domain.Common;

namespace Concordia.Domain.Planning;

/// <summary>
/// How an event's deployments are planned: the working-time limits every member keeps to, how many host officers
/// patrol with each foreign officer, how far ahead a published plan is frozen when re-planning, and how long a plan
/// may search. One set per event; a planner edits it.
/// </summary>
public sealed class PlanningSettings
{
    private PlanningSettings()
    {
    }

    public Guid EventId { get; private set; }

    public int MaxShiftHours { get; private set; }

    public int MinRestHours { get; private set; }

    public int MaxHoursPer7Days { get; private set; }

    public int MaxConsecutiveDays { get; private set; }

    /// <summary>Host officers alongside each foreign officer at a site and shift.</summary>
    public int HostOfficersPerForeignOfficer { get; private set; }

    /// <summary>Duties of a published plan starting within this many minutes of a re-plan do not move.</summary>
    public int FrozenHorizonMinutes { get; private set; }

    /// <summary>Seconds a plan or re-plan may search.</summary>
    public int PlanSeconds { get; private set; }

    public int ReplanSeconds { get; private set; }

    public int Version { get; private set; }

    /// <summary>The defaults of the brief: 12 h shifts, 11 h rest, 48 h in 7 days, 6 days in a row, two host officers per foreign officer.</summary>
    public static PlanningSettings DefaultsFor(Guid eventId) => new()
    {
        EventId = eventId,
        MaxShiftHours = 12,
        MinRestHours = 11,
        MaxHoursPer7Days = 48,
        MaxConsecutiveDays = 6,
        HostOfficersPerForeignOfficer = 2,
        FrozenHorizonMinutes = 120,
        PlanSeconds = 60,
        ReplanSeconds = 10,
    };

    public Result<PlanningSettings> Change(
        int maxShiftHours, int minRestHours, int maxHoursPer7Days, int maxConsecutiveDays, int hostOfficersPerForeignOfficer,
        int frozenHorizonMinutes, int planSeconds, int replanSeconds)
    {
        var check = new Check()
            .That(maxShiftHours is >= 1 and <= 24, "maxShiftHours", "must be between 1 and 24")
            .That(minRestHours is >= 0 and <= 24, "minRestHours", "must be between 0 and 24")
            .That(maxHoursPer7Days is >= 1 and <= 168, "maxHoursPer7Days", "must be between 1 and 168")
            .That(maxConsecutiveDays is >= 1 and <= 31, "maxConsecutiveDays", "must be between 1 and 31")
            .That(hostOfficersPerForeignOfficer is >= 0 and <= 10, "hostOfficersPerForeignOfficer", "must be between 0 and 10")
            .That(frozenHorizonMinutes is >= 0 and <= 7 * 24 * 60, "frozenHorizonMinutes", "must be between 0 and 10080 (a week)")
            .That(planSeconds is >= 5 and <= 3600, "planSeconds", "must be between 5 and 3600")
            .That(replanSeconds is >= 2 and <= 600, "replanSeconds", "must be between 2 and 600");
        if (check.Failed)
        {
            return Result<PlanningSettings>.Failure(check.Errors);
        }

        MaxShiftHours = maxShiftHours;
        MinRestHours = minRestHours;
        MaxHoursPer7Days = maxHoursPer7Days;
        MaxConsecutiveDays = maxConsecutiveDays;
        HostOfficersPerForeignOfficer = hostOfficersPerForeignOfficer;
        FrozenHorizonMinutes = frozenHorizonMinutes;
        PlanSeconds = planSeconds;
        ReplanSeconds = replanSeconds;
        Version++;
        return this;
    }
}
