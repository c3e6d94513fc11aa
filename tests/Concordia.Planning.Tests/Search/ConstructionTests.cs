using Concordia.Planning.Engine;
using Concordia.Planning.Model;
using static Concordia.Planning.Tests.Scenario;

namespace Concordia.Planning.Tests.Search;

/// <summary>
/// Construction skips, for the rest of a window, the agents the cheap tests refused for it; it must still find every
/// agent who is free, and inside a re-plan's frozen horizon it tries only the members published on each demand (after
/// it, those members first). Among its candidates, an officer who keeps their shift comes first, then one not on a
/// fourth day in a row, then one whose other capabilities no demand needs.
/// </summary>
public sealed class ConstructionTests
{
    [Fact]
    public void Among_thousands_of_officers_off_duty_the_three_still_free_are_all_found_for_the_two_sites_of_a_window()
    {
        // More officers than the size at which construction scans whole pools; all but three have the day off.
        var free = new[] { "o17", "o1600", "o3199" };
        var scenario = new Scenario().Site("B").Shift("mon", 0, 6, 8).Need("mon", 2).Need("mon", 2, site: "B");
        for (var i = 0; i < 3_200; i++)
        {
            var id = $"o{i}";
            scenario.Officer(id, m => free.Contains(id) ? m : m with { DaysOff = [DateOnly.FromDateTime(Monday.UtcDateTime)] });
        }

        var problem = scenario.Build();
        var (p, s) = Paths.Loaded(problem, []);

        new GreedyConstruction(p).Run(s, CancellationToken.None);

        var plan = s.ToAssignments();
        Assert.Equal(free.Order(), plan.Select(a => a.StaffId).Order());
        Assert.Equal(2, plan.Count(a => a.SiteId == "A"));
        Assert.Equal(1, plan.Count(a => a.SiteId == "B"));
        Assert.Equal(0, Check(problem, [.. plan]).HardViolations);
    }

    [Fact]
    public void Officers_keep_their_shift_from_one_day_to_the_next_when_others_can_take_the_other_shift()
    {
        // An early and a late every day for two weeks and four officers, so construction chooses who works each: an early
        // given to someone whose latest duty, one or two days before, was a late changes their shift. No one's changes.
        var scenario = new Scenario().Days(14).Officer("o1").Officer("o2").Officer("o3").Officer("o4");
        for (var day = 0; day < 14; day++)
        {
            scenario.Shift($"e{day}", day, 6, 8, kind: "early").Need($"e{day}", 1)
                .Shift($"l{day}", day, 14, 8, kind: "late").Need($"l{day}", 1);
        }

        var problem = scenario.Build();
        var (p, s) = Paths.Loaded(problem, []);

        new GreedyConstruction(p).Run(s, CancellationToken.None);

        var plan = s.ToAssignments();
        Assert.Equal(28, plan.Count);
        Assert.All(plan.GroupBy(a => a.StaffId), duties => Assert.Single(duties.Select(a => a.WindowId[0]).Distinct()));
        Assert.Equal(0, Check(problem, [.. plan]).HardViolations);
    }

    [Fact]
    public void An_officer_three_days_on_duty_is_rested_on_the_fourth_when_another_is_free()
    {
        // o2 has the first three days off, so o1 works them; on the fourth day either could take the one duty.
        var scenario = new Scenario().Days(4)
            .Officer("o1")
            .Officer("o2", m => m with { DaysOff = [.. Enumerable.Range(0, 3).Select(day => DateOnly.FromDateTime(Monday.AddDays(day).UtcDateTime))] });
        for (var day = 0; day < 4; day++)
        {
            scenario.Shift($"d{day}", day, 6, 8).Need($"d{day}", 1);
        }

        var problem = scenario.Build();
        var (p, s) = Paths.Loaded(problem, []);

        new GreedyConstruction(p).Run(s, CancellationToken.None);

        var plan = s.ToAssignments();
        Assert.Equal(["d0", "d1", "d2"], plan.Where(a => a.StaffId == "o1").Select(a => a.WindowId).Order());
        Assert.Equal([On("o2", "d3")], plan.Where(a => a.WindowId == "d3"));
    }

    [Fact]
    public void An_officer_of_two_capabilities_is_kept_for_the_one_only_they_can_cover()
    {
        // Patrol is filled first (higher priority); the officer who also does public order comes first in the list.
        var problem = new Scenario().Site("B").Shift("mon", 0, 6, 8)
            .Need("mon", 1, priority: 3).Need("mon", 1, cap: "public-order", site: "B")
            .Officer("both", m => m with { Capabilities = ["patrol", "public-order"] }).Officer("patrol-only")
            .Build();
        var (p, s) = Paths.Loaded(problem, []);

        new GreedyConstruction(p).Run(s, CancellationToken.None);

        var plan = s.ToAssignments();
        Assert.Equal([On("patrol-only", "mon"), On("both", "mon", site: "B", cap: "public-order")], plan.OrderByDescending(a => a.StaffId));
        Assert.Equal(0, Check(problem, [.. plan]).HardViolations);
    }

    [Fact]
    public void A_re_plan_built_from_nothing_puts_back_the_frozen_published_duties_and_adds_no_one_inside_the_horizon()
    {
        var problem = new Scenario().Shift("mon", 0, 6, 8).Need("mon", 3).Shift("tue", 1, 6, 8).Need("tue", 2)
            .Officer("o1").Officer("o2").Officer("o3")
            .Build() with
        {
            Published = [On("o2", "mon")],
            FrozenUntil = Monday.AddHours(12),
        };
        var (p, s) = Paths.Loaded(problem, []);

        new GreedyConstruction(p).Run(s, CancellationToken.None);

        var plan = s.ToAssignments();
        Assert.Equal([On("o2", "mon")], plan.Where(a => a.WindowId == "mon"));
        Assert.Equal(2, plan.Count(a => a.WindowId == "tue"));
        Assert.Equal(0, Check(problem, [.. plan]).HardViolations);
    }

    [Fact]
    public void After_the_frozen_horizon_each_demand_goes_back_first_to_its_published_members_who_can_still_take_it()
    {
        // A re-arrangement starts without Tuesday's published duties (p1's and p2's); the scan alone would fill the two
        // units from o01 to o12, six candidates each. p2 has taken Tuesday off since, so one other officer fills in for them.
        var tuesday = DateOnly.FromDateTime(Monday.AddDays(1).UtcDateTime);
        var scenario = new Scenario().Days(2).Shift("tue", 1, 6, 8).Need("tue", 2);
        for (var i = 1; i <= 20; i++)
        {
            scenario.Officer($"o{i:00}");
        }

        var problem = scenario.Officer("p1").Officer("p2", m => m with { DaysOff = [tuesday] }).Build() with
        {
            Published = [On("p1", "tue"), On("p2", "tue")],
            FrozenUntil = Monday.AddHours(12),
        };
        var (p, s) = Paths.Loaded(problem, []);

        new GreedyConstruction(p).Run(s, CancellationToken.None);

        var plan = s.ToAssignments();
        Assert.Equal(2, plan.Count);
        Assert.Contains(On("p1", "tue"), plan);
        Assert.DoesNotContain(plan, a => a.StaffId == "p2");
        Assert.Equal(0, Check(problem, [.. plan]).HardViolations);
    }
}
