using Concordia.Planning.Benchmarks.Events;
using Concordia.Planning.Model;
using Concordia.Planning.Replanning;
using Concordia.Planning.Solving;
using Concordia.Planning.Validation;

namespace Concordia.Planning.Tests.Events;

/// <summary>The event benchmark's generator, alert rise, capacity bound and re-plan start (issue 14).</summary>
public sealed class EventGeneratorTests
{
    private static readonly EventSize Tiny = new("test", 300, 24, 6, 9);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_unit_of_generated_demand_is_covered_by_the_reference_plan_which_keeps_every_hard_rule(int seed)
    {
        var (problem, reference) = EventGenerator.GenerateWithReference(Tiny, seed);

        var report = PlanValidator.Validate(problem, reference);

        Assert.Equal(0, report.HardViolations);
        Assert.Equal(100, report.CoveragePercent);
        Assert.Empty(report.Unmet);
    }

    [Fact]
    public void Generated_demand_asks_for_80_to_95_percent_of_what_the_staff_can_work()
    {
        var problem = EventGenerator.Generate(EventSize.Small, seed: 1);

        var share = EventCapacity.TotalUtilisation(problem, problem.HorizonStart);

        Assert.InRange(share, 0.80, 0.95);
    }

    [Fact]
    public void The_alert_rise_raises_every_line_from_the_announcement_by_its_capabilitys_factor_and_counts_only_the_units_added()
    {
        var problem = EventGenerator.Generate(Tiny, seed: 4);
        var now = problem.HorizonStart.AddDays(3);
        var starts = problem.Windows.ToDictionary(w => w.Id, w => w.Start);

        var change = AlertRise.Create(problem, now);
        var raised = ChangeApplier.Apply(problem, [], change).Value!;

        var before = problem.Demands.ToDictionary(d => (d.SiteId, d.WindowId, d.Capability), d => d.Required);
        foreach (var d in raised.Demands)
        {
            var old = before[(d.SiteId, d.WindowId, d.Capability)];
            var factor = starts[d.WindowId] >= now ? AlertRise.Factors.GetValueOrDefault(d.Capability, 1.0) : 1.0;
            Assert.Equal((int)Math.Round(old * factor, MidpointRounding.AwayFromZero), d.Required);
        }

        Assert.Equal(raised.Demands.Sum(d => d.Required) - problem.Demands.Sum(d => d.Required), AlertRise.UnitsAdded(problem, change));
        Assert.Contains(change.Demands, d => d.Capability == "k9-explosive");
        var sitesAfter = problem.Demands.Where(d => starts[d.WindowId] >= now && d.Capability == "patrol").Select(d => d.SiteId).Distinct().Order().ToArray();
        Assert.Equal(sitesAfter, change.Demands.Where(d => d.Capability == "patrol").Select(d => d.SiteId).Distinct().Order().ToArray());
        Assert.True(AlertRise.UnitsAdded(problem, change) < change.Demands.Sum(d => d.Required), "units added must not be the raised lines' new total");
        Assert.All(change.Demands, d => Assert.True(starts[d.WindowId] >= now));
    }

    [Fact]
    public void A_re_plan_after_the_alert_rise_reports_as_moved_exactly_the_published_assignments_its_plan_no_longer_has()
    {
        var (problem, reference) = EventGenerator.GenerateWithReference(Tiny, seed: 6);
        var now = problem.HorizonStart.AddDays(3);
        var stranger = new Assignment("nobody", reference[0].SiteId, reference[0].WindowId, reference[0].Capability);
        var published = reference.Append(stranger).ToArray();
        var replanning = ChangeApplier.Apply(problem, published, AlertRise.Create(problem, now)).Value!;

        var result = new PlanningEngine().Solve(
            replanning, new SolveOptions { Start = published, MaxIterations = 2, TimeLimit = TimeSpan.FromMinutes(1), Threads = 1 }, null, CancellationToken.None);

        var kept = result.Plan.Assignments.ToHashSet();
        Assert.Equal(published.Count(a => !kept.Contains(a)), result.Stats.Moves);
        Assert.InRange(result.Stats.Moves, 1, published.Length - 1);
    }

    [Fact]
    public void A_re_plan_held_only_to_the_frozen_horizon_starts_from_the_published_duties_before_it_and_counts_the_others_moved()
    {
        var (problem, published) = EventGenerator.GenerateWithReference(Tiny, seed: 6);
        var change = AlertRise.Create(problem, problem.HorizonStart.AddDays(2));
        var replanning = ChangeApplier.Apply(problem, published, change).Value!;
        var starts = problem.Windows.ToDictionary(w => w.Id, w => w.Start);

        var start = replanning.FrozenPublished();

        var frozenUntil = change.Now.AddMinutes(change.FrozenMinutes);
        Assert.Equal(published.Where(a => starts[a.WindowId] < frozenUntil), start);
        Assert.InRange(start.Count, 1, published.Count - 1);
        var result = new PlanningEngine().Solve(
            replanning, new SolveOptions { Start = start, ConstructionOnly = true, TimeLimit = TimeSpan.FromMinutes(1), Threads = 1 }, null, CancellationToken.None);
        var kept = result.Plan.Assignments.ToHashSet();
        Assert.All(start, a => Assert.Contains(a, kept));
        Assert.Equal(published.Count(a => !kept.Contains(a)), result.Stats.Moves);
    }

    [Fact]
    public void The_ceiling_from_a_day_on_is_never_below_what_the_reference_plan_covers_from_then()
    {
        var (problem, reference) = EventGenerator.GenerateWithReference(Tiny, seed: 5);
        var from = problem.HorizonStart.AddDays(2);
        var starts = problem.Windows.ToDictionary(w => w.Id, w => w.Start);

        var bound = EventBenchmark.CoverableFrom(problem, from);

        var covered = problem.Demands.Where(d => starts[d.WindowId] >= from).Sum(d => (long)d.Required);
        Assert.True(bound >= covered, $"bound {bound} below the reference plan's {covered}");
        Assert.NotEmpty(reference);
    }
}
