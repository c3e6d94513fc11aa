using Concordia.Planning.Engine;
using Concordia.Planning.Engine.CpSat;
using Concordia.Planning.Engine.Roster;
using Concordia.Planning.Model;
using Concordia.Planning.Solving;
using Concordia.Planning.Validation;
using Google.OrTools.Sat;

namespace Concordia.Planning.Tests;

/// <summary>Every way the engine reaches a plan, each scored by the validator, so a test can put one question to all.</summary>
internal static class Paths
{
    public static Score Validate(PlanningProblem problem, IEnumerable<Assignment> plan)
    {
        var report = PlanValidator.Validate(problem, plan.ToArray());
        return new Score(report.HardViolations, report.Objective);
    }

    /// <summary>The engine as a user runs it (the day-roster path where the problem is a day roster), on an iteration budget.</summary>
    public static Score Engine(PlanningProblem problem, IReadOnlyList<Assignment> start) => Run(problem, start, general: false);

    /// <summary>The general path: construction, fill, repair, hand-written moves and CP-SAT neighbourhoods.</summary>
    public static Score General(PlanningProblem problem, IReadOnlyList<Assignment> start) => Run(problem, start, general: true);

    /// <summary>The neighbourhood model over everyone and every day, solved by CP-SAT: the plain baseline.</summary>
    public static Score PlainCpSat(PlanningProblem problem)
    {
        var result = new CpSatBaselineSolver().Solve(problem, new SolveOptions { Threads = 1, TimeLimit = TimeSpan.FromSeconds(30) }, null, CancellationToken.None);
        return new Score(result.Report.HardViolations, result.Report.Objective);
    }

    /// <summary>The day-roster model over everyone and every day, solved to optimality; its objective must be the plan's cost.</summary>
    public static Score RosterModel(PlanningProblem problem)
    {
        var p = new CompiledProblem(problem);
        var r = new RosterInstance(p);
        var state = new RosterState(r);
        var model = new Engine.Roster.RosterModel(r, state, [.. Enumerable.Range(0, p.AgentCount)], 0, p.Days - 1, everyCell: true);
        var solver = new CpSolver { StringParameters = "num_workers:1 max_time_in_seconds:30" };
        var status = solver.Solve(model.Model);
        Assert.Equal(CpSolverStatus.Optimal, status);
        model.Apply(solver);
        var score = Validate(problem, state.Plan.ToAssignments());
        Assert.Equal(score.Soft, (long)Math.Round(solver.ObjectiveValue) + model.ConstantScore.Soft);
        return score;
    }

    /// <summary>Whether construction's cheap test lets one agent after another take every duty of the plan.</summary>
    public static bool ConstructionAdmits(PlanningProblem problem, IEnumerable<Assignment> plan)
    {
        var p = new CompiledProblem(problem);
        var s = new Solution(p);
        foreach (var (agent, demand) in Duties(p, plan))
        {
            if (!QuickCheck.CanTake(p, s, agent, demand))
            {
                return false;
            }

            s.Add(agent, demand);
        }

        return true;
    }

    /// <summary>The problem compiled, and a solution holding the plan.</summary>
    public static (CompiledProblem P, Solution S) Loaded(PlanningProblem problem, IEnumerable<Assignment> plan)
    {
        var p = new CompiledProblem(problem);
        return (p, Loaded(p, plan));
    }

    /// <summary>A solution of the compiled problem holding the plan.</summary>
    public static Solution Loaded(CompiledProblem p, IEnumerable<Assignment> plan)
    {
        var s = new Solution(p);
        s.Load(Duties(p, plan));
        return s;
    }

    /// <summary>A plan's assignments as agent and demand indices, one per unit.</summary>
    public static IEnumerable<(int Agent, int Demand)> Duties(CompiledProblem p, IEnumerable<Assignment> plan) =>
        plan.Select(a => (p.StaffAgent[p.StaffIndex[a.StaffId]], p.DemandIndex[(p.SiteIndex[a.SiteId], p.WindowIndex[a.WindowId], p.CapIndex[a.Capability])]))
            .Distinct();

    private static Score Run(PlanningProblem problem, IReadOnlyList<Assignment> start, bool general)
    {
        var options = new SolveOptions { TimeLimit = TimeSpan.FromMinutes(5), MaxIterations = 8, Threads = 2, Start = start, GeneralPath = general };
        var result = new PlanningEngine().Solve(problem, options, null, CancellationToken.None);
        return new Score(result.Report.HardViolations, result.Report.Objective);
    }
}
