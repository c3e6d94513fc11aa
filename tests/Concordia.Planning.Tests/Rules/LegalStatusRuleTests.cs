using static Concordia.Planning.Tests.Scenario;

namespace Concordia.Planning.Tests.Rules;

/// <summary>What a foreign officer's legal status asks of a plan (issue 11): armed duties, and host officers alongside.</summary>
public sealed class LegalStatusRuleTests
{
    [Fact]
    public void An_unarmed_officer_on_a_duty_for_armed_officers_is_one_hard_violation_and_the_engine_sends_the_armed_one()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 1, armed: true)
            .Officer("unarmed").Officer("armed", m => m with { Armed = true }).Build();

        var wrong = Check(problem, On("unarmed", "w"));
        var result = Solve(problem);

        Assert.Equal(1, Amount(wrong, "ArmedDuty"));
        Assert.Equal(1, wrong.HardViolations);
        Assert.Equal(0, result.Report.HardViolations);
        Assert.Equal(0, result.Report.Objective);
        Assert.Equal("armed", Assert.Single(result.Plan.Assignments).StaffId);
    }

    [Fact]
    public void A_dog_of_a_team_on_an_armed_duty_is_no_violation()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 1, cap: "k9", armed: true)
            .Officer("handler", m => m with { Capabilities = ["k9"], Armed = true, TeamId = "t" })
            .Officer("dog", m => m with { Capabilities = ["k9"], Kind = Model.StaffKind.Dog, TeamId = "t" }).Build();

        Assert.Equal(0, Amount(Check(problem, On("handler", "w", cap: "k9"), On("dog", "w", cap: "k9")), "ArmedDuty"));
    }

    [Fact]
    public void Each_foreign_officer_needs_the_host_officers_of_their_own_status_and_each_missing_one_is_a_violation()
    {
        // One Polish officer who needs one host officer, one German who needs three, and two host officers: two missing.
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 4)
            .Officer("h1").Officer("h2")
            .Officer("pl", m => m with { Host = false, Country = "PL", HostsAlongside = 1 })
            .Officer("de", m => m with { Host = false, Country = "DE", HostsAlongside = 3 }).Build();

        var all = Check(problem, On("h1", "w"), On("h2", "w"), On("pl", "w"), On("de", "w"));
        var withoutGerman = Check(problem, On("h1", "w"), On("h2", "w"), On("pl", "w"));

        Assert.Equal(2, Amount(all, "JointPatrol"));
        Assert.Equal(0, Amount(withoutGerman, "JointPatrol"));
        Assert.Equal(0, Solve(problem).Report.HardViolations);
    }

    [Fact]
    public void A_foreign_officer_whose_status_needs_no_host_officer_may_serve_without_one()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 1)
            .Officer("own", m => m with { Host = false, Country = "TR", HostsAlongside = 0 }).Build();

        var result = Solve(problem);

        Assert.Equal(0, result.Report.Objective);
        Assert.Equal(0, result.Report.HardViolations);
        Assert.Equal("own", Assert.Single(result.Plan.Assignments).StaffId);
    }

    [Fact]
    public void Officers_without_powers_at_a_site_and_window_without_anyone_with_powers_are_one_violation_and_the_engine_adds_a_host_officer()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 2)
            .Officer("a", m => m with { Host = false, Country = "TR", HostsAlongside = 0, NoPowers = true })
            .Officer("b", m => m with { Host = false, Country = "TR", HostsAlongside = 0, NoPowers = true })
            .Officer("host").Build();

        var alone = Check(problem, On("a", "w"), On("b", "w"));
        var withHost = Check(problem, On("a", "w"), On("host", "w"));
        var result = Solve(problem);

        Assert.Equal(1, Amount(alone, "PowersPresent"));
        Assert.Equal(1, alone.HardViolations);
        Assert.Equal(0, Amount(withHost, "PowersPresent"));
        Assert.Equal(0, result.Report.HardViolations);
        Assert.Contains(result.Plan.Assignments, a => a.StaffId == "host");
    }

    [Fact]
    public void Each_officer_under_own_command_at_a_site_and_window_without_their_leader_is_one_violation_and_the_engine_keeps_them_with_the_leader()
    {
        // A Turkish unit (leader l, officers a and b) and one host officer; w and v overlap at A, w also has demand at B.
        var problem = new Scenario().Site("B").Shift("w", 0, 6, 8).Shift("v", 0, 8, 8).Need("w", 2).Need("w", 1, site: "B").Need("v", 1)
            .Officer("l", m => m with { Host = false, Country = "TR", HostsAlongside = 0 })
            .Officer("a", m => m with { Host = false, Country = "TR", HostsAlongside = 0, CommandedBy = "l" })
            .Officer("b", m => m with { Host = false, Country = "TR", HostsAlongside = 0, CommandedBy = "l" })
            .Officer("h").Build();

        var oneAway = Check(problem, On("l", "w"), On("a", "w"), On("b", "w", "B"));
        var leaderAway = Check(problem, On("a", "w"), On("b", "w"), On("l", "w", "B"));
        var otherWindow = Check(problem, On("l", "w"), On("a", "v"));
        var together = Check(problem, On("l", "w"), On("a", "w"), On("b", "w"), On("h", "w", "B"));
        var result = Solve(problem);

        Assert.Equal((1, 1), (Amount(oneAway, "OwnCommand"), oneAway.HardViolations));
        Assert.Equal(2, Amount(leaderAway, "OwnCommand"));
        Assert.Equal(1, Amount(otherWindow, "OwnCommand"));
        Assert.Equal(0, Amount(together, "OwnCommand"));
        Assert.Equal(0, result.Report.HardViolations);

        // Four officers for four places, but a and b serve only beside l: one place stays empty (1000).
        Assert.Equal(1000, result.Report.Objective);
        Assert.All(
            result.Plan.Assignments.Where(x => x.StaffId is "a" or "b"),
            x => Assert.Contains(result.Plan.Assignments, y => y.StaffId == "l" && y.SiteId == x.SiteId && y.WindowId == x.WindowId));
    }

    [Fact]
    public void A_section_planned_as_one_team_with_its_leader_is_always_with_them()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 1, cap: "section")
            .Officer("lead", m => m with { Capabilities = ["section"], TeamId = "s" })
            .Officer("soldier", m => m with { Capabilities = ["section"], TeamId = "s", CommandedBy = "lead" }).Build();

        var report = Check(problem, On("lead", "w", cap: "section"), On("soldier", "w", cap: "section"));

        Assert.Equal(0, Amount(report, "OwnCommand"));
        Assert.Equal(0, report.HardViolations);
    }
}
