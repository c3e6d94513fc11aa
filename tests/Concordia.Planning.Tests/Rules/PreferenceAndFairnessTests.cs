using Concordia.Planning.Model;
using static Concordia.Planning.Tests.Scenario;

namespace Concordia.Planning.Tests.Rules;

public sealed class PreferenceAndFairnessTests
{
    [Fact]
    public void An_avoid_request_costs_its_weight_and_the_engine_honours_it()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 1).Officer("a").Officer("b")
            .Prefers("a", PreferenceKind.Avoid, 7, "w").Build();

        Assert.Equal(7, Cost(Check(problem, On("a", "w")), "Preferences"));
        Assert.Equal(0, Solve(problem).Report.Objective);
    }

    [Fact]
    public void An_unmet_prefer_request_costs_its_weight()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 1).Officer("a").Officer("b")
            .Prefers("b", PreferenceKind.Prefer, 4, "w").Build();

        Assert.Equal(4, Cost(Check(problem, On("a", "w")), "Preferences"));
        Assert.Equal("b", Assert.Single(Solve(problem).Plan.Assignments).StaffId);
    }

    [Fact]
    public void Night_duties_beyond_the_fair_share_cost_five_each()
    {
        // Three nights, two officers, fair share one: someone works two, which costs 5 once.
        var problem = new Scenario()
            .Shift("n0", 0, 22, 8, "night", night: true).Shift("n1", 1, 22, 8, "night", night: true).Shift("n2", 2, 22, 8, "night", night: true)
            .Need("n0", 1).Need("n1", 1).Need("n2", 1).Officer("a").Officer("b")
            .Rules(r => r with { FairNights = 1 }).Build();

        Assert.Equal(10, Cost(Check(problem, On("a", "n0"), On("a", "n1"), On("a", "n2")), "FairNights"));
        Assert.Equal(5, Solve(problem).Report.Objective);
    }

    [Fact]
    public void Weekend_days_beyond_the_fair_share_cost_two_each()
    {
        var problem = new Scenario().Shift("sat", 5, 8, 8).Shift("sun", 6, 8, 8).Need("sat", 1).Need("sun", 1)
            .Officer("a").Officer("b").Rules(r => r with { FairWeekendDays = 0 }).Build();

        Assert.Equal(4, Cost(Check(problem, On("a", "sat"), On("a", "sun")), "FairWeekends"));
        Assert.Equal(4, Solve(problem).Report.Objective);
    }

    [Fact]
    public void Rule_weights_and_hardness_come_from_the_problems_overrides()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 2).Officer("a")
            .Rules(r => r with { Overrides = new Dictionary<string, RuleSetting> { ["Coverage"] = new(Weight: 7) } }).Build();

        Assert.Equal(7, Solve(problem).Report.Objective);
    }
}
