using Concordia.Planning.Model;
using static Concordia.Planning.Tests.Scenario;

namespace Concordia.Planning.Tests.Replanning;

/// <summary>
/// A re-plan starts from the published plan with what the change made impossible dropped: also duties that break a
/// rule of the site and window only together (a foreign officer whose host officer the change took away), so that a
/// proposal never carries a hard violation it could avoid by leaving a post empty.
/// </summary>
public sealed class ReplanStartTests
{
    [Fact]
    public void A_foreign_officer_whose_host_partner_is_now_off_is_taken_off_the_patrol_rather_than_left_alone()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 2)
            .Officer("host", m => m with { DaysOff = [DateOnly.FromDateTime(Monday.UtcDateTime)] })
            .Officer("pl", m => m with { Host = false, Country = "PL", HostsAlongside = 1 }).Build();
        Assignment[] published = [On("host", "w"), On("pl", "w")];
        problem = problem with { Published = published };
        Assert.True(Check(problem, published).HardViolations > 0);

        var result = Solve(problem, iterations: 0, start: published);

        Assert.Equal(0, result.Report.HardViolations);
        Assert.Empty(result.Plan.Assignments);
    }

    [Fact]
    public void A_foreign_officer_who_still_has_a_host_partner_keeps_the_duty()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 2)
            .Officer("host").Officer("off", m => m with { DaysOff = [DateOnly.FromDateTime(Monday.UtcDateTime)] })
            .Officer("pl", m => m with { Host = false, Country = "PL", HostsAlongside = 1 }).Build();
        Assignment[] published = [On("host", "w"), On("off", "w"), On("pl", "w")];
        problem = problem with { Published = published };

        var result = Solve(problem, iterations: 0, start: published);

        Assert.Equal(0, result.Report.HardViolations);
        Assert.Equal(["host", "pl"], result.Plan.Assignments.Select(a => a.StaffId).Order());
    }
}
