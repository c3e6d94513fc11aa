using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Roster;
using Google.OrTools.Sat;

namespace Concordia.Planning.Tests.Encodings;

/// <summary>
/// A model over a few free agents, the rest of the plan fixed, where the fixed part already breaks a hard rule that
/// none of the free choices can mend: the model counts the unavoidable violation in its constant and stays solvable,
/// rather than turning the rule into a constraint no choice meets.
/// </summary>
public sealed class UnavoidableViolationTests
{
    [Fact]
    public void A_model_over_an_officer_without_powers_beside_another_already_alone_is_solvable_and_counts_the_cell_once()
    {
        var problem = new Scenario().Days(1).Shift("mon", 0, 6, 8).Need("mon", 2)
            .Officer("fixed", m => m with { NoPowers = true })
            .Officer("free", m => m with { NoPowers = true })
            .Build();
        var p = new CompiledProblem(problem);
        var r = new RosterInstance(p);
        var state = new RosterState(r);
        var monday = p.DemandIndex[(p.SiteIndex["A"], p.WindowIndex["mon"], p.CapIndex["patrol"])];
        state.Set(p.StaffAgent[p.StaffIndex["fixed"]], 0, monday);

        var model = new RosterModel(r, state, [p.StaffAgent[p.StaffIndex["free"]]], 0, 0);
        var solver = new CpSolver { StringParameters = "num_workers:1 max_time_in_seconds:30" };
        var status = solver.Solve(model.Model);

        Assert.Equal(CpSolverStatus.Optimal, status);
        Assert.Equal(1, model.ConstantScore.Hard);
        model.Apply(solver);

        // Joining covers the second unit and leaves the cell broken once, as it was: the rules and the model agree.
        Assert.Equal(2, state.Plan.Counts.DemandUnits[monday]);
        Assert.Equal(Paths.Validate(problem, state.Plan.ToAssignments()), state.Score);
        Assert.Equal(1, state.Score.Hard);
    }
}
