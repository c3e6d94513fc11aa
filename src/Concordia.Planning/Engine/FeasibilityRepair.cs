using Concordia.Planning.Engine.CpSat;
using Google.OrTools.Sat;

namespace Concordia.Planning.Engine;

/// <summary>
/// Makes a constructed plan feasible member by member. Greedy construction cannot see minimums (minimum hours,
/// minimum runs of days); a strict CP-SAT sub-model over one agent's whole horizon can, and since staff rules only
/// involve that agent it always has a solution when the agent's contract can be met at all.
/// </summary>
internal static class FeasibilityRepair
{
    /// <summary>
    /// Single added or dropped duties that lower the agent's hard violations (a run one day longer, a missing
    /// hour of contract); returns true when the agent ends feasible.
    /// </summary>
    public static bool Nudge(CompiledProblem p, Solution s, int a)
    {
        for (var improved = true; improved && s.AgentScore(a).Hard > 0;)
        {
            improved = false;
            foreach (var d in s.Duties(a).ToArray())
            {
                if (s.DeltaRemove(a, d).Hard < 0)
                {
                    s.Remove(a, d);
                    improved = true;
                }
            }

            for (var d = 0; d < p.DemandCount && s.AgentScore(a).Hard > 0; d++)
            {
                if (p.DemRequired[d] > 0 && !s.Has(a, d) && QuickCheck.CanTake(p, s, a, d) && s.DeltaAdd(a, d).Hard < 0)
                {
                    s.Add(a, d);
                    improved = true;
                }
            }
        }

        return s.AgentScore(a).Hard == 0;
    }

    public static void Run(CompiledProblem p, Solution s, int seed, Deadline deadline, CancellationToken ct)
    {
        for (var pass = 0; pass < Tuning.RepairPasses && s.Total.Hard > 0; pass++)
        {
            for (var a = 0; a < p.AgentCount && !ct.IsCancellationRequested && !deadline.Passed; a++)
            {
                if (s.AgentScore(a).Hard == 0)
                {
                    continue;
                }

                // A pattern-built schedule is feasible for most tight contracts but blind to everyone else; it
                // serves as the hint from which the CP-SAT model below improves the agent's coverage.
                if (pass == 0)
                {
                    PatternRepair.TryRepair(p, s, a);
                    Nudge(p, s, a);
                }

                var sub = new SubModel(p, s, new Neighbourhood([a], 0, p.Days - 1));
                if (sub.VariableCount == 0)
                {
                    continue;
                }

                sub.Hint();
                var solver = new CpSolver
                {
                    StringParameters = FormattableString.Invariant(
                        $"num_workers:1 random_seed:{seed + a} max_deterministic_time:{Tuning.MemberRepairBudget} max_time_in_seconds:{deadline.Seconds(0.05, Tuning.MemberRepairWallCap)}"),
                };
                CpSolverStatus status;
                using (ct.Register(solver.StopSearch))
                {
                    status = solver.Solve(sub.Model);
                }

                if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
                {
                    var before = s.Total;
                    var saved = sub.Save();
                    sub.Apply(solver);
                    if (s.Total > before)
                    {
                        sub.Restore(saved);
                    }
                }
            }
        }
    }
}
