using Concordia.Planning.Benchmarks.Events;
using Concordia.Planning.Model;
using Concordia.Planning.Solving;
using Concordia.Planning.Validation;

namespace Concordia.Planning.Tests.Validation;

public sealed class ValidatorAgreementTests
{
    /// <summary>A generated event small enough for a unit test: 150 staff, 5 sites, 4 days.</summary>
    private static readonly EventSize Tiny = new("test", 150, 12, 5, 4);

    [Fact]
    public void The_validator_recomputes_exactly_the_objective_the_engine_reported_on_a_generated_event()
    {
        var problem = EventGenerator.Generate(Tiny, seed: 3);
        var progress = new LastProgress();

        var result = new PlanningEngine().Solve(problem, new SolveOptions { MaxIterations = 8, TimeLimit = TimeSpan.FromMinutes(5) }, progress, CancellationToken.None);
        var recomputed = PlanValidator.Validate(problem, result.Plan.Assignments);

        Assert.Equal(progress.Last!.Objective, recomputed.Objective);
        Assert.Equal(progress.Last.HardViolations, recomputed.HardViolations);
        Assert.Equal(result.Report.Objective, recomputed.Objective);
        Assert.Equal(0, recomputed.HardViolations);
    }

    [Fact]
    public void The_objective_is_the_sum_of_the_per_rule_costs_and_of_the_listed_violations()
    {
        var problem = EventGenerator.Generate(Tiny, seed: 4);

        var report = new PlanningEngine().Solve(problem, new SolveOptions { ConstructionOnly = true }, null, CancellationToken.None).Report;

        Assert.Equal(report.Objective, report.ByRule.Sum(r => r.Cost));
        Assert.Equal(report.Objective, report.Violations.Sum(v => v.Cost));
    }

    [Fact]
    public void The_same_seed_and_iteration_budget_give_the_same_plan_on_two_threads()
    {
        var problem = EventGenerator.Generate(Tiny, seed: 5);
        var options = new SolveOptions { MaxIterations = 16, Seed = 9, Threads = 2, TimeLimit = TimeSpan.FromMinutes(5) };

        var first = new PlanningEngine().Solve(problem, options, null, CancellationToken.None);
        var second = new PlanningEngine().Solve(problem, options, null, CancellationToken.None);

        Assert.Equal(first.Report.Objective, second.Report.Objective);
        Assert.Equal(first.Plan.Assignments, second.Plan.Assignments);
    }

    [Fact]
    public void A_cancelled_solve_still_returns_its_best_plan()
    {
        var problem = EventGenerator.Generate(Tiny, seed: 6);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = new PlanningEngine().Solve(problem, new SolveOptions(), null, cancelled.Token);

        Assert.NotNull(result.Plan);
        Assert.Equal(result.Report.Objective, PlanValidator.Validate(problem, result.Plan.Assignments).Objective);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_solve_keeps_to_the_clock_it_is_given(bool dayRoster)
    {
        var problem = dayRoster ? Concordia.Planning.Benchmarks.Curtois.CurtoisMapper.ToProblem(TinyRoster(), "tiny") : EventGenerator.Generate(Tiny, seed: 7);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var jumped = new AdvanceOnStart(clock, TimeSpan.FromMinutes(2));

        var result = new PlanningEngine().Solve(problem, new SolveOptions { TimeLimit = TimeSpan.FromMinutes(1), Clock = clock }, jumped, CancellationToken.None);

        // The clock jumped past the limit as the solve started: no search round ran, yet a validated plan came back.
        Assert.Equal(0, result.Stats.Iterations);
        Assert.Equal(120, result.Stats.Seconds, 3);
        Assert.Equal(result.Report.Objective, PlanValidator.Validate(problem, result.Plan.Assignments).Objective);
    }

    private static Concordia.Planning.Benchmarks.Curtois.CurtoisInstance TinyRoster() =>
        Concordia.Planning.Benchmarks.Curtois.CurtoisReader.Parse(Curtois.CurtoisReaderTests.Tiny).Value!;

    private sealed class AdvanceOnStart(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, TimeSpan by) : IProgress<PlanProgress>
    {
        public void Report(PlanProgress value)
        {
            if (value.Phase == SearchPhase.Start)
            {
                clock.Advance(by);
            }
        }
    }

    private sealed class LastProgress : IProgress<PlanProgress>
    {
        public PlanProgress? Last { get; private set; }

        public void Report(PlanProgress value) => Last = value;
    }
}
