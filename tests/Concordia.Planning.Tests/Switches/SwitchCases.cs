using Concordia.Planning.Model;
using static Concordia.Planning.Tests.Scenario;

namespace Concordia.Planning.Tests.Switches;

/// <summary>One case per rule that overrides may change; costs by hand (a missing officer costs 1000).</summary>
internal static class SwitchCases
{
    private const long Missing = 1000;

    public static IReadOnlyList<SwitchCase> All { get; } =
    [
        new("Changeover",
            new Scenario().Site("B").Shift("w0", 0, 15, 8).Shift("w1", 1, 0, 8).Need("w0", 1).Need("w1", 1, site: "B").Officer("a")
                .Rules(r => r with { DefaultChangeoverMinutes = 120 }).Build(),
            [On("a", "w0"), On("a", "w1", "B")], Units: 1, Off: 0, Default: Missing, Hard: Missing, Soft1: 1, Heavy: Missing, CheapTestCatches: true),
        new("MinRest",
            new Scenario().Shift("w0", 0, 14, 8).Shift("w1", 1, 6, 8).Need("w0", 1).Need("w1", 1).Officer("a")
                .Limits(new WorkLimits { MinRestMinutes = 660 }).Build(),
            [On("a", "w0"), On("a", "w1")], 1, 0, Missing, Missing, 1, Missing, CheapTestCatches: true),
        new("MaxShiftLength",
            new Scenario().Shift("w0", 0, 6, 13).Need("w0", 1).Officer("a").Limits(new WorkLimits { MaxShiftMinutes = 720 }).Build(),
            [On("a", "w0")], 1, 0, Missing, Missing, 1, Missing, CheapTestCatches: true),
        new("Availability",
            new Scenario().Shift("w0", 0, 6, 8).Need("w0", 1).Officer("a", m => m with { DaysOff = [DateOnly.FromDateTime(Monday.UtcDateTime)] }).Build(),
            [On("a", "w0")], 1, 0, Missing, Missing, 1, Missing, CheapTestCatches: true),
        new("ArmedDuty",
            new Scenario().Shift("w0", 0, 6, 8).Need("w0", 1, armed: true).Officer("a").Build(),
            [On("a", "w0")], 1, 0, Missing, Missing, 1, Missing, CheapTestCatches: true),
        new("MaxHoursPer7Days", Week(5, 10, new WorkLimits { MaxMinutesPer7Days = 48 * 60 }),
            Days(5), 2, 0, Missing, Missing, 2, Missing, CheapTestCatches: true),
        new("MaxConsecutiveDays", Week(5, 8, new WorkLimits { MaxConsecutiveDays = 3 }),
            Days(5), 2, 0, Missing, Missing, 2, Missing, CheapTestCatches: true),
        new("MinConsecutiveDays", Week(2, 8, new WorkLimits { MinConsecutiveDays = 3 }),
            Days(2), 1, 0, 2 * Missing, 2 * Missing, 1, 2 * Missing),
        new("MinConsecutiveDaysOff",
            new Scenario().Shift("d0", 0, 6, 8).Shift("d2", 2, 6, 8).Need("d0", 1).Need("d2", 1).Officer("a")
                .Limits(new WorkLimits { MinConsecutiveDaysOff = 2 }).Build(),
            [On("a", "d0"), On("a", "d2")], 1, 0, Missing, Missing, 1, Missing),
        new("ForbiddenSuccession",
            new Scenario().Shift("w0", 0, 14, 8, "late").Shift("w1", 1, 6, 8, "early").Need("w0", 1).Need("w1", 1).Officer("a")
                .Rules(r => r with { ForbiddenSuccessions = ["late>early"] }).Build(),
            [On("a", "w0"), On("a", "w1")], 1, 0, Missing, Missing, 1, Missing, CheapTestCatches: true),
        new("MaxShiftsPerKind", Week(2, 8, new WorkLimits { MaxShiftsPerKind = new Dictionary<string, int> { ["early"] = 1 } }),
            Days(2), 1, 0, Missing, Missing, 1, Missing),
        new("MaxTotalMinutes", Week(2, 8, new WorkLimits { MaxTotalMinutes = 600 }),
            Days(2), 6, 0, Missing, Missing, 6, Missing),

        // Working the wanted duty only leaves 8 hours short; the contract's minimum is reached only by an unwanted duty (over-cover 1).
        new("MinTotalMinutes",
            new Scenario().Shift("d0", 0, 6, 8).Shift("d1", 1, 6, 8).Need("d0", 1).Need("d1", 0).Officer("a")
                .Limits(new WorkLimits { MinTotalMinutes = 960 }).Build(),
            [On("a", "d0")], 8, 0, 1, 1, 1, 1),
        new("MaxWeekends",
            new Scenario().Shift("sat", 5, 6, 8).Need("sat", 1).Officer("a").Limits(new WorkLimits { MaxWeekends = 0 }).Build(),
            [On("a", "sat")], 1, 0, Missing, Missing, 1, Missing),
        new("Preferences",
            new Scenario().Shift("w0", 0, 6, 8).Need("w0", 1).Officer("a").Prefers("a", PreferenceKind.Avoid, 30, "w0").Build(),
            [On("a", "w0")], 1, 0, 30, Missing, 30, Missing, HeavyWeight: 100),
        new("FairNights",
            new Scenario().Shift("n0", 0, 22, 8, "night", night: true).Need("n0", 1).Officer("a").Rules(r => r with { FairNights = 0 }).Build(),
            [On("a", "n0")], 1, 0, 5, Missing, 1, Missing),
        new("FairWeekends",
            new Scenario().Shift("sat", 5, 6, 8).Need("sat", 1).Officer("a").Rules(r => r with { FairWeekendDays = 0 }).Build(),
            [On("a", "sat")], 1, 0, 2, Missing, 1, Missing),

        // Re-planning: the published duty at A is kept only at the price of leaving B (priority 2) uncovered.
        new("Disruption", Moved(frozen: false),
            [On("a", "w0", "B")], 1, Missing, Missing + 20, 2 * Missing, Missing + 1, 2 * Missing),
        new("FrozenHorizon", Moved(frozen: true),
            [On("a", "w0", "B")], 2, Missing, 2 * Missing, 2 * Missing, Missing + 2, 2 * Missing, CheapTestCatches: true),

        // Covering the demand costs the officer's request (30): worth it only while a missing officer costs more.
        new("Coverage",
            new Scenario().Shift("w0", 0, 6, 8).Need("w0", 1).Officer("a").Prefers("a", PreferenceKind.Avoid, 30, "w0").Build(),
            [], 1, 0, 30, 30, 1, 30),
        new("OverCover",
            new Scenario().Shift("w0", 0, 6, 8).Need("w0", 0).Officer("a").Prefers("a", PreferenceKind.Prefer, 30, "w0").Build(),
            [On("a", "w0")], 1, 0, 1, 30, 1, 30),
        new("JointPatrol",
            new Scenario().Shift("w0", 0, 6, 8).Need("w0", 1).Officer("f", m => m with { Host = false, Country = "PL" }).Build(),
            [On("f", "w0")], 2, 0, Missing, Missing, 2, Missing),

        new("PowersPresent",
            new Scenario().Shift("w0", 0, 6, 8).Need("w0", 1).Officer("f", m => m with { NoPowers = true }).Build(),
            [On("f", "w0")], 1, 0, Missing, Missing, 1, Missing),

        // The unit's leader has no duty they could take: their officer serves only without them.
        new("OwnCommand",
            new Scenario().Shift("w0", 0, 6, 8).Need("w0", 1)
                .Officer("l", m => m with { Capabilities = ["command"] }).Officer("m", m => m with { CommandedBy = "l" }).Build(),
            [On("m", "w0")], 1, 0, Missing, Missing, 1, Missing),

        // The speaker (or the national) asked not to work then (30); the other officer covers without them.
        new("LanguageCover",
            new Scenario().Shift("w0", 0, 6, 8).Need("w0", 1).Language("w0", "pl", 1)
                .Officer("a").Officer("b", m => m with { Languages = ["pl"] }).Prefers("b", PreferenceKind.Avoid, 30, "w0").Build(),
            [On("a", "w0")], 1, 0, 30, 30, 1, 30),
        new("VisitorCountry",
            new Scenario().Shift("w0", 0, 6, 8).Need("w0", 1).Language("w0", "fr", 1, "PL")
                .Officer("a").Officer("b", m => m with { Country = "PL" }).Prefers("b", PreferenceKind.Avoid, 30, "w0").Build(),
            [On("a", "w0")], 1, 0, 10, 30, 1, 30),
    ];

    /// <summary>One officer and a day shift on each of the first <paramref name="days"/> days, each needing one.</summary>
    private static PlanningProblem Week(int days, int hours, WorkLimits limits)
    {
        var s = new Scenario().Officer("a").Limits(limits);
        for (var d = 0; d < days; d++)
        {
            s.Shift($"d{d}", d, 6, hours).Need($"d{d}", 1);
        }

        return s.Build();
    }

    private static Assignment[] Days(int days) => Enumerable.Range(0, days).Select(d => On("a", $"d{d}")).ToArray();

    private static PlanningProblem Moved(bool frozen)
    {
        var problem = new Scenario().Site("B").Shift("w0", 1, 6, 8).Need("w0", 1).Need("w0", 1, site: "B", priority: 2).Officer("a").Build();
        return problem with
        {
            Published = [On("a", "w0")],
            FrozenUntil = frozen ? Monday.AddDays(1).AddHours(7) : null,
        };
    }
}
