using Concordia.Planning.Model;
using static Concordia.Planning.Tests.Scenario;

namespace Concordia.Planning.Tests.Rules;

public sealed class CellRuleTests
{
    [Fact]
    public void Unmet_demand_costs_the_coverage_weight_per_missing_officer()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 3).Officer("a").Officer("b").Build();

        var result = Solve(problem);

        Assert.Equal(0, result.Report.HardViolations);
        Assert.Equal(1000, result.Report.Objective);
        Assert.Equal(1000, Cost(result.Report, "Coverage"));
        Assert.Single(result.Report.Unmet);
    }

    [Fact]
    public void The_only_officer_goes_to_the_higher_priority_site()
    {
        var problem = new Scenario().Site("B").Shift("w", 0, 6, 8)
            .Need("w", 1, site: "A", priority: 1).Need("w", 1, site: "B", priority: 3).Officer("a").Build();

        var result = Solve(problem);

        Assert.Equal(1000, result.Report.Objective);
        Assert.Contains(result.Plan.Assignments, a => a.SiteId == "B");
    }

    [Fact]
    public void Over_cover_costs_one_per_extra_officer_and_the_engine_avoids_it()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 1).Officer("a").Officer("b").Build();

        Assert.Equal(1, Cost(Check(problem, On("a", "w"), On("b", "w")), "OverCover"));
        Assert.Equal(0, Solve(problem).Report.Objective);
    }

    [Fact]
    public void A_foreign_officer_is_never_on_duty_without_two_host_officers()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 2)
            .Officer("host").Officer("guest", m => m with { Host = false, Country = "PL" }).Build();

        var both = Check(problem, On("host", "w"), On("guest", "w"));
        var result = Solve(problem);

        Assert.Equal(1, Amount(both, "JointPatrol"));
        Assert.Equal(1, both.HardViolations);
        Assert.Equal(0, result.Report.HardViolations);
        Assert.Equal(1000, result.Report.Objective);
        Assert.DoesNotContain(result.Plan.Assignments, a => a.StaffId == "guest");
    }

    [Fact]
    public void A_missing_speaker_costs_the_language_weight_and_the_engine_sends_the_speaker()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 1).Language("w", "pl", 1)
            .Officer("a").Officer("b", m => m with { Languages = ["fr", "pl"] }).Build();

        Assert.Equal(50, Cost(Check(problem, On("a", "w")), "LanguageCover"));
        var result = Solve(problem);
        Assert.Equal(0, result.Report.Objective);
        Assert.Equal("b", Assert.Single(result.Plan.Assignments).StaffId);
    }

    [Fact]
    public void An_officer_from_the_visitors_country_is_preferred()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 1).Language("w", "pl", 1, country: "PL")
            .Rules(r => r with { HostsPerForeign = 0 })
            .Officer("fr", m => m with { Languages = ["fr", "pl"] })
            .Officer("pl", m => m with { Languages = ["pl"], Country = "PL", Host = false }).Build();

        Assert.Equal(10, Cost(Check(problem, On("fr", "w")), "VisitorCountry"));
        var result = Solve(problem);
        Assert.Equal(0, result.Report.Objective);
        Assert.Equal("pl", Assert.Single(result.Plan.Assignments).StaffId);
    }

    [Fact]
    public void A_canine_team_counts_once_and_handler_and_dog_are_deployed_together()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 1, cap: "k9")
            .Officer("handler", m => m with { Capabilities = ["k9"], TeamId = "t1" })
            .Officer("dog", m => m with { Capabilities = [], Kind = StaffKind.Dog, TeamId = "t1" }).Build();

        var split = Check(problem, On("handler", "w", cap: "k9"));
        var result = Solve(problem);

        Assert.Equal(1, Amount(split, "TeamTogether"));
        Assert.Equal(0, result.Report.HardViolations);
        Assert.Equal(0, result.Report.Objective);
        Assert.Equal(2, result.Plan.Assignments.Count);
    }

    [Fact]
    public void Assignments_to_unknown_members_or_without_the_capability_are_structural_violations()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 1).Need("w", 1, cap: "eod").Officer("a").Build();

        var report = Check(problem, On("ghost", "w"), On("a", "w", cap: "eod"), On("a", "nowhere"));

        Assert.Equal(3, Amount(report, "PlanStructure"));
        Assert.Equal(3, report.HardViolations);
    }
}
