using Concordia.Planning.Model;
using static Concordia.Planning.Tests.Scenario;

namespace Concordia.Planning.Tests.Rules;

/// <summary>Each case has one officer and more duties than the rule allows: the optimum leaves exactly one uncovered.</summary>
public sealed class WorkingTimeRuleTests
{
    private const long OneMissing = 1000;

    [Fact]
    public void Overlapping_duties_are_one_violation_and_the_engine_takes_only_one()
    {
        var problem = new Scenario().Site("B").Shift("w1", 0, 6, 8).Shift("w2", 0, 10, 8).Need("w1", 1).Need("w2", 1, site: "B").Officer("a").Build();

        Assert.Equal(1, Amount(Check(problem, On("a", "w1"), On("a", "w2", "B")), "OneAtATime"));
        AssertOptimum(problem, OneMissing);
    }

    [Fact]
    public void Less_than_eleven_hours_between_duties_breaks_minimum_rest()
    {
        var problem = new Scenario().Shift("early", 0, 6, 8).Shift("night", 0, 22, 8).Need("early", 1).Need("night", 1).Officer("a")
            .Limits(new WorkLimits { MinRestMinutes = 660 }).Build();

        Assert.Equal(1, Amount(Check(problem, On("a", "early"), On("a", "night")), "MinRest"));
        AssertOptimum(problem, OneMissing);
    }

    [Fact]
    public void Moving_between_sites_needs_the_changeover_time()
    {
        var problem = new Scenario().Site("B").Shift("w1", 0, 6, 8).Shift("w2", 0, 14, 8).Need("w1", 1).Need("w2", 1, site: "B").Officer("a")
            .Rules(r => r with { DefaultChangeoverMinutes = 30 }).Build();

        Assert.Equal(1, Amount(Check(problem, On("a", "w1"), On("a", "w2", "B")), "Changeover"));
        AssertOptimum(problem, OneMissing);
    }

    [Fact]
    public void Sectors_of_one_site_need_no_changeover()
    {
        var problem = new Scenario().Site("A1", "A").Shift("w1", 0, 6, 8).Shift("w2", 0, 14, 8).Need("w1", 1).Need("w2", 1, site: "A1").Officer("a").Build();

        Assert.Equal(0, Check(problem, On("a", "w1"), On("a", "w2", "A1")).HardViolations);
    }

    [Fact]
    public void A_window_longer_than_the_maximum_shift_cannot_be_staffed()
    {
        var problem = new Scenario().Shift("long", 0, 6, 13).Need("long", 1).Officer("a").Limits(new WorkLimits { MaxShiftMinutes = 720 }).Build();

        Assert.Equal(1, Amount(Check(problem, On("a", "long")), "MaxShiftLength"));
        AssertOptimum(problem, OneMissing);
    }

    [Fact]
    public void No_duty_outside_availability_or_on_a_day_off()
    {
        var problem = new Scenario().Shift("d0", 0, 6, 8).Shift("d1", 1, 6, 8).Shift("d2", 2, 6, 8).Need("d0", 1).Need("d1", 1).Need("d2", 1)
            .Officer("a", m => m with
            {
                Availability = [new Availability(Monday, Monday.AddDays(2))],
                DaysOff = [DateOnly.FromDateTime(Monday.AddDays(1).UtcDateTime)],
            }).Build();

        Assert.Equal(2, Amount(Check(problem, On("a", "d1"), On("a", "d2")), "Availability"));
        AssertOptimum(problem, 2 * OneMissing);
    }

    [Fact]
    public void More_than_48_hours_in_7_days_is_over_the_weekly_limit()
    {
        var s = new Scenario().Limits(new WorkLimits { MaxMinutesPer7Days = 48 * 60 }).Officer("a");
        for (var d = 0; d < 7; d++)
        {
            s.Shift($"d{d}", d, 6, 8).Need($"d{d}", 1);
        }

        var problem = s.Build();
        Assert.Equal(8, Amount(Check(problem, [.. Enumerable.Range(0, 7).Select(d => On("a", $"d{d}"))]), "MaxHoursPer7Days"));
        AssertOptimum(problem, OneMissing);
    }

    [Fact]
    public void At_most_three_days_in_a_row_leaves_one_of_seven_days_uncovered()
    {
        var problem = Week(new WorkLimits { MaxConsecutiveDays = 3 });

        Assert.Equal(4, Amount(Check(problem, [.. Enumerable.Range(0, 7).Select(d => On("a", $"d{d}"))]), "MaxConsecutiveDays"));
        AssertOptimum(problem, OneMissing);
    }

    [Fact]
    public void A_lone_working_day_breaks_the_minimum_run_of_two()
    {
        var problem = new Scenario().Shift("d2", 2, 6, 8).Need("d2", 1).Officer("a").Limits(new WorkLimits { MinConsecutiveDays = 2 }).Build();

        Assert.Equal(1, Amount(Check(problem, On("a", "d2")), "MinConsecutiveDays"));
        AssertOptimum(problem, OneMissing);
    }

    [Fact]
    public void Runs_touching_the_horizon_edges_may_be_short_when_they_continue_beyond_it()
    {
        // Days 0, 2 and 4 of a five-day horizon: the lone duties on days 0 and 4 touch an edge, day 2 does not.
        Scenario Build() => new Scenario().Days(5).Shift("d0", 0, 6, 8).Shift("d2", 2, 6, 8).Shift("d4", 4, 6, 8)
            .Need("d0", 1).Need("d2", 1).Need("d4", 1).Officer("a").Limits(new WorkLimits { MinConsecutiveDays = 2 });
        var strict = Build().Build();
        var open = Build().Rules(r => r with { RunsContinueBeyondHorizon = true }).Build();
        Assignment[] all = [On("a", "d0"), On("a", "d2"), On("a", "d4")];

        Assert.Equal(3, Amount(Check(strict, all), "MinConsecutiveDays"));
        Assert.Equal(1, Amount(Check(open, all), "MinConsecutiveDays"));
        AssertOptimum(strict, 3 * OneMissing);
        AssertOptimum(open, OneMissing);
    }

    [Fact]
    public void A_single_day_off_between_duties_breaks_the_minimum_of_two_days_off()
    {
        var problem = new Scenario().Shift("d0", 0, 6, 8).Shift("d2", 2, 6, 8).Need("d0", 1).Need("d2", 1).Officer("a")
            .Limits(new WorkLimits { MinConsecutiveDaysOff = 2 }).Build();

        Assert.Equal(1, Amount(Check(problem, On("a", "d0"), On("a", "d2")), "MinConsecutiveDaysOff"));
        AssertOptimum(problem, OneMissing);
    }

    [Fact]
    public void A_night_may_not_be_followed_by_an_early_shift()
    {
        var problem = new Scenario().Shift("n0", 0, 18, 4, "night").Shift("e1", 1, 6, 8, "early").Need("n0", 1).Need("e1", 1).Officer("a")
            .Rules(r => r with { ForbiddenSuccessions = ["night>early"] }).Build();

        Assert.Equal(1, Amount(Check(problem, On("a", "n0"), On("a", "e1")), "ForbiddenSuccession"));
        AssertOptimum(problem, OneMissing);
    }

    [Fact]
    public void Duties_of_a_kind_stay_within_the_members_maximum()
    {
        var problem = new Scenario().Shift("n0", 0, 22, 8, "night").Shift("n2", 2, 22, 8, "night").Shift("n4", 4, 22, 8, "night")
            .Need("n0", 1).Need("n2", 1).Need("n4", 1)
            .Officer("a", m => m with { Limits = new WorkLimits { MaxShiftsPerKind = new Dictionary<string, int> { ["night"] = 2 } } }).Build();

        Assert.Equal(1, Amount(Check(problem, On("a", "n0"), On("a", "n2"), On("a", "n4")), "MaxShiftsPerKind"));
        AssertOptimum(problem, OneMissing);
    }

    [Fact]
    public void Total_minutes_stay_under_the_maximum()
    {
        var problem = new Scenario().Shift("d0", 0, 6, 8).Shift("d2", 2, 6, 8).Shift("d4", 4, 6, 8).Need("d0", 1).Need("d2", 1).Need("d4", 1)
            .Officer("a").Limits(new WorkLimits { MaxTotalMinutes = 960 }).Build();

        Assert.Equal(8, Amount(Check(problem, On("a", "d0"), On("a", "d2"), On("a", "d4")), "MaxTotalMinutes"));
        AssertOptimum(problem, OneMissing);
    }

    [Fact]
    public void A_shortfall_from_the_minimum_total_counts_in_started_hours()
    {
        var problem = new Scenario().Shift("d0", 0, 6, 8).Need("d0", 1).Officer("a").Limits(new WorkLimits { MinTotalMinutes = 960 }).Build();

        var result = Solve(problem);

        Assert.Equal(16, Amount(Check(problem), "MinTotalMinutes"));
        Assert.Equal(8, result.Report.HardViolations);
        Assert.Equal(0, result.Report.Objective);
    }

    [Fact]
    public void Weekends_worked_stay_under_the_maximum()
    {
        var problem = new Scenario().Days(14).Shift("sat1", 5, 8, 8).Shift("sun1", 6, 8, 8).Shift("sat2", 12, 8, 8)
            .Need("sat1", 1).Need("sun1", 1).Need("sat2", 1).Officer("a").Limits(new WorkLimits { MaxWeekends = 1 })
            .Rules(r => r with { Overrides = new Dictionary<string, RuleSetting> { ["FairWeekends"] = new(Enabled: false) } }).Build();

        Assert.Equal(1, Amount(Check(problem, On("a", "sat1"), On("a", "sat2")), "MaxWeekends"));
        AssertOptimum(problem, OneMissing);
    }

    private static PlanningProblem Week(WorkLimits limits)
    {
        var s = new Scenario().Limits(limits).Officer("a");
        for (var d = 0; d < 7; d++)
        {
            s.Shift($"d{d}", d, 6, 8).Need($"d{d}", 1);
        }

        return s.Rules(r => r with { Overrides = new Dictionary<string, RuleSetting> { ["FairWeekends"] = new(Enabled: false) } }).Build();
    }

    private static void AssertOptimum(PlanningProblem problem, long objective)
    {
        var result = Solve(problem);
        Assert.Equal(0, result.Report.HardViolations);
        Assert.Equal(objective, result.Report.Objective);
    }
}
