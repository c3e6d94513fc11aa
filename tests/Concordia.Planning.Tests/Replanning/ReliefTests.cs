using Concordia.Planning.Engine;
using Concordia.Planning.Model;
using static Concordia.Planning.Tests.Scenario;

namespace Concordia.Planning.Tests.Replanning;

/// <summary>
/// After the demand is lowered, a re-plan moves people off duties beyond the demand onto units still missing that
/// the surplus duty kept them from taking (their weekly hours), instead of leaving the units empty.
/// </summary>
public sealed class ReliefTests
{
    [Fact]
    public void An_officer_on_over_cover_moves_to_a_missing_unit_the_weekly_limit_kept_them_from()
    {
        var (problem, published) = MondayOverCovered();
        var (p, s) = Paths.Loaded(problem, published);
        var before = s.Total;
        Assert.DoesNotContain(Enumerable.Range(0, p.AgentCount), a => QuickCheck.CanTake(p, s, a, 1) && s.DeltaAdd(a, 1).Hard == 0);

        var moved = new Relief(p).Run(s, CancellationToken.None);

        Assert.Equal(1, moved);
        Assert.True(s.Total < before);
        var plan = s.ToAssignments();
        Assert.Equal(0, Check(problem, [.. plan]).HardViolations);
        Assert.Single(plan, a => a.WindowId == "mon");
        Assert.Single(plan, a => a.WindowId == "tue" && a.SiteId == "B");
    }

    [Fact]
    public void The_engine_covers_both_days_from_that_published_plan_with_no_search_iteration()
    {
        var (problem, published) = MondayOverCovered();

        var result = Solve(problem, iterations: 0, start: published);

        Assert.Equal(0, result.Report.HardViolations);
        Assert.Equal(100, result.Report.CoveragePercent);
    }

    [Fact]
    public void The_relief_never_makes_a_random_plan_worse_and_its_running_score_is_the_rules_score() =>
        Encodings.TinyProblems.MoveNeverWorsens(_ => true, (p, s, _) => new Relief(p).Run(s, CancellationToken.None));

    /// <summary>
    /// Both officers were published on Monday's 8 h shift, which now needs one; Tuesday's needs one and each
    /// officer's 8 h in 7 days is used up by Monday's shift, so no one can take it as they are.
    /// </summary>
    private static (PlanningProblem Problem, Assignment[] Published) MondayOverCovered()
    {
        Assignment[] published = [On("o1", "mon"), On("o2", "mon")];
        var problem = new Scenario().Site("B").Shift("mon", 0, 6, 8).Need("mon", 1).Shift("tue", 1, 6, 8).Need("tue", 1, site: "B")
            .Officer("o1").Officer("o2").Limits(new WorkLimits { MaxMinutesPer7Days = 8 * 60 }).Build();
        return (problem with { Published = published }, published);
    }
}
