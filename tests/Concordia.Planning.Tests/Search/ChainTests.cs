using Concordia.Planning.Engine;
using Concordia.Planning.Model;
using static Concordia.Planning.Tests.Scenario;

namespace Concordia.Planning.Tests.Search;

/// <summary>
/// A missing unit that the one officer able to take it cannot, because of a duty someone else could do, is covered
/// by a chain of two: the officer hands that duty over and takes the unit.
/// </summary>
public sealed class ChainTests
{
    private static Deadline Later => Deadline.After(TimeProvider.System, TimeSpan.FromMinutes(1));

    [Fact]
    public void The_only_dog_handler_hands_a_patrol_to_a_free_officer_and_takes_the_dog_team_duty()
    {
        var problem = HandlerOnMonday(withSecondOfficer: true);
        var (p, s) = Paths.Loaded(problem, [On("handler", "mon")]);
        var tuesday = p.DemandIndex[(p.SiteIndex["A"], p.WindowIndex["tue"], p.CapIndex["k9"])];
        Assert.DoesNotContain(Enumerable.Range(0, p.AgentCount), a => QuickCheck.CanTake(p, s, a, tuesday) && s.DeltaAdd(a, tuesday).Hard == 0);

        var kept = new LocalSearch(p, new Random(1)).Eject(s, tries: 4, scan: 10, Later, CancellationToken.None);

        Assert.Equal(1, kept);
        var plan = s.ToAssignments();
        var report = Check(problem, [.. plan]);
        Assert.Equal(0, report.HardViolations);
        Assert.Equal(100, report.CoveragePercent);
        Assert.Contains(On("handler", "tue", cap: "k9"), plan);
        Assert.Contains(On("o2", "mon"), plan);
    }

    [Fact]
    public void In_a_re_plan_a_chain_never_hands_over_a_duty_of_the_published_plan()
    {
        var problem = HandlerOnMonday(withSecondOfficer: true);
        problem = problem with { Published = [On("handler", "mon")] };
        var (p, s) = Paths.Loaded(problem, problem.Published);

        var kept = new LocalSearch(p, new Random(1)).Eject(s, tries: 4, scan: 10, Later, CancellationToken.None);

        Assert.Equal(0, kept);
        Assert.Equal([On("handler", "mon")], s.ToAssignments());
    }

    [Fact]
    public void A_chain_that_would_only_trade_one_missing_unit_for_another_is_not_kept()
    {
        // No one else can take Monday's patrol, so handing it over would leave it missing instead of Tuesday's.
        var problem = HandlerOnMonday(withSecondOfficer: false);
        var (p, s) = Paths.Loaded(problem, [On("handler", "mon")]);
        var before = s.Total;

        var kept = new LocalSearch(p, new Random(1)).Eject(s, tries: 4, scan: 10, Later, CancellationToken.None);

        Assert.Equal(0, kept);
        Assert.Equal(before, s.Total);
        Assert.Equal([On("handler", "mon")], s.ToAssignments());
    }

    [Fact]
    public void Chains_never_make_a_random_plan_or_re_plan_worse_and_their_running_score_is_the_rules_score() =>
        Encodings.TinyProblems.MoveNeverWorsens(
            rng => rng.Next(2) == 0,
            (p, s, seed) => new LocalSearch(p, new Random(seed)).Eject(s, tries: 6, scan: 20, Later, CancellationToken.None));

    /// <summary>
    /// Monday's patrol and Tuesday's dog-team duty need one each; the dog handler (who can also patrol) is on Monday
    /// and has 8 h in 7 days, so cannot also take Tuesday; a second officer, if any, patrols only.
    /// </summary>
    private static PlanningProblem HandlerOnMonday(bool withSecondOfficer)
    {
        var scenario = new Scenario().Shift("mon", 0, 6, 8).Need("mon", 1).Shift("tue", 1, 6, 8).Need("tue", 1, cap: "k9")
            .Officer("handler", m => m with { Capabilities = ["patrol", "k9"] })
            .Limits(new WorkLimits { MaxMinutesPer7Days = 8 * 60 });
        return (withSecondOfficer ? scenario.Officer("o2") : scenario).Build();
    }
}
