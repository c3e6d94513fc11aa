using Concordia.Planning.Engine;
using Concordia.Planning.Engine.CpSat;
using Concordia.Planning.Engine.Roster;
using Concordia.Planning.Io;
using Concordia.Planning.Validation;
using FsCheck;
using FsCheck.Fluent;
using Google.OrTools.Sat;

namespace Concordia.Planning.Tests.Encodings;

/// <summary>
/// The CP-SAT encodings agree with the validator, on random tiny problems where every rule is randomly off, hard or
/// soft: a plan the validator finds feasible satisfies the model with the validator's cost (the model's objective plus
/// what no choice changes), and a plan it finds infeasible does not satisfy the model. Both models, every rule.
/// </summary>
public sealed class EncodingProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(250);

    [Fact]
    public void The_neighbourhood_model_accepts_exactly_the_feasible_plans_at_their_cost() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed => Agrees(seed, dayRoster: false)));

    [Fact]
    public void The_neighbourhood_model_agrees_on_day_rosters_too() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed => Agrees(seed, dayRoster: true)));

    [Fact]
    public void The_day_roster_model_accepts_exactly_the_feasible_plans_at_their_cost() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed => Agrees(seed, dayRoster: true, rosterModel: true)));

    private static bool Agrees(int seed, bool dayRoster, bool rosterModel = false)
    {
        var rng = new Random(seed);
        var problem = TinyProblems.Problem(rng, dayRoster);
        Assert.True(ProblemChecker.Check(problem).Count == 0, $"seed {seed}: {string.Join("; ", ProblemChecker.Check(problem))}");
        var plan = TinyProblems.Plan(rng, problem);
        var report = PlanValidator.Validate(problem, plan);

        var p = new CompiledProblem(problem);
        var everyone = Enumerable.Range(0, p.AgentCount).ToArray();
        CpSatModel model = rosterModel
            ? new RosterModel(new RosterInstance(p), new RosterState(new RosterInstance(p)), everyone, 0, p.Days - 1, everyCell: true)
            : new SubModel(p, new Solution(p), new Neighbourhood(everyone, 0, p.Days - 1), everyCell: true);
        var duties = Paths.Duties(p, plan).ToHashSet();
        var variables = model.Variables.Select(v => (v.Agent, v.Demand)).ToHashSet();

        // A duty the model has no variable for is one a binding rule forbids outright (or a second one in a window).
        if (!duties.IsSubsetOf(variables))
        {
            Assert.True(report.HardViolations > 0, $"seed {seed}: a duty outside the model, yet the validator finds the plan feasible");
            return true;
        }

        foreach (var (agent, demand, x) in model.Variables)
        {
            model.Model.Add(x == (duties.Contains((agent, demand)) ? 1 : 0));
        }

        var solver = new CpSolver { StringParameters = "num_workers:1 max_time_in_seconds:20" };
        var status = solver.Solve(model.Model);
        if (report.HardViolations == 0)
        {
            Assert.True(status == CpSolverStatus.Optimal, $"seed {seed}: feasible plan ({report.Objective}) rejected by the model ({status})");
            Assert.Equal(0, model.ConstantScore.Hard);
            Assert.True(
                report.Objective == (long)Math.Round(solver.ObjectiveValue) + model.ConstantScore.Soft,
                $"seed {seed}: validator {report.Objective}, model {solver.ObjectiveValue} + constant {model.ConstantScore.Soft}; {string.Join("; ", report.ByRule.Where(r => r.Cost > 0).Select(r => $"{r.Rule} {r.Cost}"))}");
        }
        else
        {
            Assert.True(
                status == CpSolverStatus.Infeasible || model.ConstantScore.Hard > 0,
                $"seed {seed}: infeasible plan ({string.Join(", ", report.ByRule.Where(r => r.Hard && r.Violations > 0).Select(r => r.Rule))}) accepted by the model");
        }

        return true;
    }
}
