using Concordia.Planning.Model;

namespace Concordia.Planning.Benchmarks.Curtois;

/// <summary>
/// Maps a benchmark instance onto the planning model, of which it is a special case: one site, one capability,
/// one window per day and shift type (all starting at midnight, so two on one day overlap), contracts as
/// per-member limits, requests as preferences, cover as demand with the instance's own weights.
/// </summary>
public static class CurtoisMapper
{
    public const string Site = "ward";
    public const string Capability = "nurse";

    /// <summary>2024-01-01 is a Monday, as day 0 of every instance is.</summary>
    public static DateTimeOffset Start { get; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string WindowId(int day, string shift) => $"{day}:{shift}";

    public static PlanningProblem ToProblem(CurtoisInstance inst, string name)
    {
        var windows = new List<TimeWindow>();
        for (var d = 0; d < inst.Days; d++)
        {
            foreach (var s in inst.Shifts)
            {
                var start = Start.AddDays(d);
                windows.Add(new TimeWindow(WindowId(d, s.Id), start, start.AddMinutes(s.Minutes), s.Id));
            }
        }

        var demands = inst.Cover
            .Select(c => new Demand(Site, WindowId(c.Day, c.ShiftId), Capability, c.Requirement, 1, c.UnderWeight, c.OverWeight))
            .ToArray();
        var staff = inst.Staff.Select(s => new StaffMember
        {
            Id = s.Id,
            Capabilities = [Capability],
            DaysOff = inst.DaysOff.TryGetValue(s.Id, out var off) ? off.Select(d => DateOnly.FromDateTime(Start.AddDays(d).UtcDateTime)).ToArray() : [],
            Limits = new WorkLimits
            {
                MaxShiftsPerKind = s.MaxShifts,
                MaxTotalMinutes = s.MaxTotalMinutes,
                MinTotalMinutes = s.MinTotalMinutes,
                MaxConsecutiveDays = s.MaxConsecutiveShifts,
                MinConsecutiveDays = s.MinConsecutiveShifts,
                MinConsecutiveDaysOff = s.MinConsecutiveDaysOff,
                MaxWeekends = s.MaxWeekends,
            },
        }).ToArray();
        var prefs = inst.OnRequests.Select(r => new Preference(r.StaffId, PreferenceKind.Prefer, r.Weight, WindowId(r.Day, r.ShiftId)))
            .Concat(inst.OffRequests.Select(r => new Preference(r.StaffId, PreferenceKind.Avoid, r.Weight, WindowId(r.Day, r.ShiftId))))
            .ToArray();
        var overrides = new Dictionary<string, RuleSetting>
        {
            ["FairNights"] = new(Enabled: false),
            ["FairWeekends"] = new(Enabled: false),
            ["MaxHoursPer7Days"] = new(Enabled: false),
            ["MinRest"] = new(Enabled: false),
            ["MaxShiftLength"] = new(Enabled: false),
            ["Changeover"] = new(Enabled: false),
            ["JointPatrol"] = new(Enabled: false),
        };
        return new PlanningProblem
        {
            Name = name,
            HorizonStart = Start,
            HorizonDays = inst.Days,
            Sites = [new Model.Site(Site, "Ward")],
            Windows = windows,
            Demands = demands,
            Staff = staff,
            Preferences = prefs,
            Rules = new RuleSettings
            {
                Limits = new WorkLimits(),
                DefaultChangeoverMinutes = 0,
                ForbiddenSuccessions = inst.Shifts.SelectMany(s => s.CannotFollow.Select(n => $"{s.Id}>{n}")).ToArray(),
                Overrides = overrides,
                RunsContinueBeyondHorizon = true,
            },
        };
    }
}
