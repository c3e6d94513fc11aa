using Concordia.Planning.Engine;
using Concordia.Planning.Engine.CpSat;
using Concordia.Planning.Model;
using Concordia.Planning.Rules;
using Concordia.Planning.Solving;
using Concordia.Planning.Validation;
using FsCheck;
using FsCheck.Fluent;
using Google.OrTools.Sat;

namespace Concordia.Planning.Tests.Pricing;

/// <summary>
/// The coverage ceiling against the most coverage a plan keeping every hard rule reaches, found by CP-SAT over the
/// whole of random tiny problems (every rule randomly off, hard or soft): the ceiling is never below it.
/// </summary>
public sealed class CoverageCeilingProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(120);

    [Fact]
    public void The_ceiling_is_never_below_the_best_coverage_of_a_tiny_problem() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed => AtLeastBest(TinyProblems(seed, dayRoster: false), seed)));

    [Fact]
    public void The_ceiling_is_never_below_the_best_coverage_of_a_tiny_day_roster() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed => AtLeastBest(TinyProblems(seed, dayRoster: true), seed)));

    [Fact]
    public void A_person_counts_once_among_windows_that_overlap_and_only_where_they_may_serve()
    {
        var start = Scenario.Monday;
        var problem = new PlanningProblem
        {
            Name = "ceiling",
            HorizonStart = start,
            HorizonDays = 2,
            Sites = [new Site("A", "Site A"), new Site("B", "Site B")],
            Windows =
            [
                new TimeWindow("early", start.AddHours(6), start.AddHours(14), "early"),
                new TimeWindow("mid", start.AddHours(10), start.AddHours(18), "late"),
                new TimeWindow("night", start.AddHours(22), start.AddHours(30), "night", true),
            ],
            Demands =
            [
                new Demand("A", "early", "patrol", 2), new Demand("B", "mid", "patrol", 2), new Demand("A", "night", "patrol", 3),
                new Demand("B", "night", "patrol", 1, Armed: true),
            ],
            Staff =
            [
                new StaffMember { Id = "o1", Capabilities = ["patrol"], Armed = true },
                new StaffMember { Id = "o2", Capabilities = ["patrol"] },
                new StaffMember { Id = "o3", Capabilities = ["patrol"], Availability = [new Availability(start, start.AddHours(20))] },
            ],

            // No working-time limits: places and eligibility alone (the rest would join the night to the day's windows).
            Rules = new RuleSettings { Limits = new WorkLimits() },
        };

        var ceiling = CoverageCeiling.Compute(problem);
        var solved = new PlanningEngine().Solve(problem, new SolveOptions { MaxIterations = 2, CoverageCeiling = true }, null, CancellationToken.None);

        // early and mid overlap: three people, four units asked, at most three; the night has o1 and o2 (o3 has left):
        // at most two of the four, of which only armed o1 on B.
        Assert.Equal(8, ceiling.RequiredUnits);
        Assert.Equal(5, ceiling.CoverableUnits);
        Assert.Equal(62.5, ceiling.Percent);
        Assert.Equal(5, solved.Ceiling?.CoverableUnits);
        Assert.True(solved.Report.CoveragePercent <= 62.5, $"the plan covers {solved.Report.CoveragePercent}%, above the ceiling");
    }

    [Fact]
    public void Working_time_across_days_and_the_rest_between_duties_lower_the_ceiling()
    {
        // Two people, eight days of an 8 h early and an 8 h evening shift, one unit asked of each: sixteen units a
        // person could take one by one. With 11 h of rest an early and the same day's evening (2 h apart) exclude each
        // other, and with 48 h in any 7 days each person works at most six duties from day 0 to day 6 and one more
        // on day 7 (counted with days 1–7): at most 2 × 7 = 14 units, not the 16 of places alone.
        var start = Scenario.Monday;
        var windows = new List<TimeWindow>();
        var demands = new List<Demand>();
        for (var day = 0; day < 8; day++)
        {
            windows.Add(new TimeWindow($"early{day}", start.AddDays(day).AddHours(6), start.AddDays(day).AddHours(14), "early"));
            windows.Add(new TimeWindow($"evening{day}", start.AddDays(day).AddHours(16), start.AddDays(day).AddHours(24), "late"));
            demands.Add(new Demand("A", $"early{day}", "patrol", 1));
            demands.Add(new Demand("A", $"evening{day}", "patrol", 1));
        }

        var problem = AtOneSite("working time", 8, windows, demands, officers: 2);

        var ceiling = CoverageCeiling.Compute(problem);
        var placesOnly = CoverageCeiling.Compute(problem with { Rules = new RuleSettings { Limits = new WorkLimits() } });

        Assert.Equal(16, placesOnly.CoverableUnits);
        Assert.False(placesOnly.WorkingTime);
        Assert.True(ceiling.WorkingTime);
        Assert.Equal(14, ceiling.CoverableUnits);
        Assert.Equal(14, BestCoverage(problem));
    }

    [Fact]
    public void A_long_duty_that_leaves_an_awkward_rest_of_the_weekly_hours_lowers_the_ceiling()
    {
        // Three officers, 48 h in 7 days: an 8.5 h ceremony on day 0 and an 8 h late shift on days 1 to 5, three
        // units asked of each. An officer works the ceremony and four lates (40.5 h; a fifth would make 48.5 h) or
        // five lates: at most 3 × 5 = 15 units. The minutes alone allow five lates and 94% of the ceremony per
        // officer (17 units); counted in slots of 8 h, with the ceremony taking two, an officer has six: 16.
        var start = Scenario.Monday;
        var windows = new List<TimeWindow> { new("ceremony", start.AddHours(15), start.AddHours(23.5), "late") };
        var demands = new List<Demand> { new("A", "ceremony", "patrol", 3) };
        for (var day = 1; day <= 5; day++)
        {
            windows.Add(new TimeWindow($"late{day}", start.AddDays(day).AddHours(14), start.AddDays(day).AddHours(22), "late"));
            demands.Add(new Demand("A", $"late{day}", "patrol", 3));
        }

        var problem = AtOneSite("long duty", 7, windows, demands, officers: 3);

        var ceiling = CoverageCeiling.Compute(problem);

        Assert.True(ceiling.WorkingTime);
        Assert.Equal(16, ceiling.CoverableUnits);
        Assert.Equal(15, BestCoverage(problem));
    }

    [Fact]
    public void Frozen_duties_hold_their_units_and_take_their_officers_hours_in_the_week()
    {
        // A re-plan on Friday: three officers each worked three 8 h earlies from Monday to Thursday, on different days
        // (published and frozen), three units asked every day, 40 h in 7 days. Monday to Thursday the frozen duties
        // cover what they covered (9 of 12); from Friday each officer has 16 h left, two earlies: 6 of 9. Without
        // the published duties the ceiling of Friday on would say 9. The three stay one class: their loads add up.
        var start = Scenario.Monday;
        var windows = new List<TimeWindow>();
        var demands = new List<Demand>();
        for (var day = 0; day < 7; day++)
        {
            windows.Add(new TimeWindow($"early{day}", start.AddDays(day).AddHours(6), start.AddDays(day).AddHours(14), "early"));
            demands.Add(new Demand("A", $"early{day}", "patrol", 3));
        }

        var worked = new Dictionary<string, int[]> { ["o1"] = [0, 1, 2], ["o2"] = [1, 2, 3], ["o3"] = [0, 2, 3] };
        var replan = AtOneSite("frozen", 7, windows, demands, officers: 3) with
        {
            Rules = new RuleSettings { Limits = new WorkLimits { MinRestMinutes = 11 * 60, MaxMinutesPer7Days = 40 * 60 } },
            Published = [.. worked.SelectMany(o => o.Value.Select(day => new Assignment(o.Key, "A", $"early{day}", "patrol")))],
            FrozenUntil = start.AddDays(4),
        };

        var ceiling = CoverageCeiling.Compute(replan);
        var fromFriday = CoverageCeiling.Compute(replan with
        {
            Demands = [.. demands.Skip(4)],
            Published = [],
            FrozenUntil = null,
        });

        Assert.True(ceiling.WorkingTime);
        Assert.Equal(1, ceiling.AgentClasses);
        Assert.Equal(21, ceiling.RequiredUnits);
        Assert.Equal(9 + 6, ceiling.CoverableUnits);
        Assert.Equal(9, fromFriday.CoverableUnits);
        Assert.Equal(9 + 6, BestCoverage(replan));
    }

    [Fact]
    public void Keeping_every_published_duty_lowers_the_ceiling_to_what_the_others_can_add()
    {
        // Two officers, an 8 h early and an overlapping 8 h mid shift on one day, one unit each, no frozen horizon;
        // the mid shift needs an armed officer and only o1 is armed. o1 is published on the early. Moving o1 to the
        // mid shift and o2 to the early covers both units; keeping o1 on the early leaves the mid shift to unarmed
        // o2, so a re-plan that moves no one covers 1.
        var start = Scenario.Monday;
        var problem = AtOneSite(
            "keep",
            1,
            [new TimeWindow("early", start.AddHours(6), start.AddHours(14), "early"), new TimeWindow("mid", start.AddHours(10), start.AddHours(18), "late")],
            [new Demand("A", "early", "patrol", 1), new Demand("A", "mid", "patrol", 1, Armed: true)],
            officers: 2) with
        {
            Published = [new Assignment("o1", "A", "early", "patrol")],
        };
        problem = problem with { Staff = [problem.Staff[0] with { Armed = true }, problem.Staff[1]] };

        Assert.Equal(2, CoverageCeiling.Compute(problem).CoverableUnits);
        Assert.Equal(1, CoverageCeiling.Compute(problem, keepPublished: true).CoverableUnits);
    }

    /// <summary>Patrol officers o1, o2, … at one site, with 11 h of rest and 48 h in any 7 days.</summary>
    private static PlanningProblem AtOneSite(string name, int days, List<TimeWindow> windows, List<Demand> demands, int officers) => new()
    {
        Name = name,
        HorizonStart = Scenario.Monday,
        HorizonDays = days,
        Sites = [new Site("A", "Site A")],
        Windows = windows,
        Demands = demands,
        Staff = [.. Enumerable.Range(1, officers).Select(i => new StaffMember { Id = $"o{i}", Capabilities = ["patrol"] })],
        Rules = new RuleSettings { Limits = new WorkLimits { MinRestMinutes = 11 * 60, MaxMinutesPer7Days = 48 * 60 } },
    };

    private static PlanningProblem TinyProblems(int seed, bool dayRoster) => Encodings.TinyProblems.Problem(new Random(seed), dayRoster);

    private static bool AtLeastBest(PlanningProblem problem, int seed)
    {
        var ceiling = CoverageCeiling.Compute(problem);
        if (BestCoverage(problem) is { } best)
        {
            Assert.True(ceiling.CoverableUnits >= best, $"seed {seed}: ceiling {ceiling.CoverableUnits} below a plan covering {best} of {ceiling.RequiredUnits}");
        }

        Assert.True(ceiling.CoverableUnits <= ceiling.RequiredUnits, $"seed {seed}: ceiling {ceiling.CoverableUnits} above the demand {ceiling.RequiredUnits}");
        return true;
    }

    /// <summary>
    /// The units covered by the best plan CP-SAT finds that keeps every hard rule, when missing cover is made soft and
    /// outweighs every other cost (other soft rules are switched off): the most coverage any such plan reaches when
    /// proven optimal, and in any case what one reaches. Null when no plan keeps the hard rules.
    /// </summary>
    private static long? BestCoverage(PlanningProblem original)
    {
        var rules = new CompiledProblem(original).Rules;
        var overrides = new Dictionary<string, RuleSetting>(original.Rules.Overrides);
        foreach (var rule in rules.All.Where(r => r.Enabled && !r.Hard && r.Adjustable && r is not CoverageRule))
        {
            overrides[rule.Name] = new RuleSetting(Enabled: false);
        }

        overrides[rules.Get<CoverageRule>().Name] = new RuleSetting(Hard: false);
        var problem = original with
        {
            Demands = [.. original.Demands.Select(d => d with { UnderWeight = 100_000 })],
            Rules = original.Rules with { Overrides = overrides },
        };

        var p = new CompiledProblem(problem);
        var model = new SubModel(p, new Solution(p), new Neighbourhood([.. Enumerable.Range(0, p.AgentCount)], 0, p.Days - 1), everyCell: true);
        var solver = new CpSolver { StringParameters = "num_workers:1 max_time_in_seconds:20" };
        var status = solver.Solve(model.Model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible) || model.ConstantScore.Hard > 0)
        {
            return null;
        }

        var plan = new List<Assignment>();
        foreach (var (agent, demand, x) in model.Variables)
        {
            if (solver.Value(x) == 1)
            {
                var dem = problem.Demands[demand];
                plan.AddRange(p.AgentMembers[agent].Select(m => new Assignment(problem.Staff[m].Id, dem.SiteId, dem.WindowId, dem.Capability)));
            }
        }

        var report = PlanValidator.Validate(problem, plan);
        Assert.True(report.HardViolations == 0, $"the plan CP-SAT found breaks hard rules: {string.Join(", ", report.ByRule.Where(r => r.Hard && r.Violations > 0).Select(r => r.Rule))}");
        var missing = report.Unmet.Sum(u => (long)u.Missing);
        return problem.Demands.Sum(d => (long)d.Required) - missing;
    }
}
