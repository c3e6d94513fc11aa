using Concordia.Planning.Engine.CpSat;
using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// The CP-SAT model of a roster neighbourhood: the free agents' choices on days From..To are variables, the rest of
/// the roster is constant; every active rule states itself (hard rules as constraints, so a solution keeps every
/// binding rule). With every agent and day free it is the whole instance. The model's objective differs from the
/// roster's soft score only by a constant, so a solution that lowers it lowers the roster's.
/// </summary>
internal sealed class RosterModel : CpSatModel
{
    private readonly RosterInstance r;
    private readonly RosterState s;
    private readonly Func<int, int, bool>? allowed;

    /// <summary>The model of a neighbourhood; with <paramref name="allowed"/>, a free agent's options on a day are only the demands it allows (day, demand).</summary>
    public RosterModel(RosterInstance instance, RosterState state, int[] freeAgents, int fromDay, int toDay, bool everyCell = false, Func<int, int, bool>? allowed = null)
        : base(instance.P, freeAgents, fromDay, toDay)
    {
        r = instance;
        s = state;
        this.allowed = allowed;
        Build(everyCell);
    }

    /// <summary>Writes the solver's choices for the free agents and days into the roster.</summary>
    public void Apply(CpSolver solver)
    {
        foreach (var a in Agents)
        {
            for (var day = From; day <= To; day++)
            {
                s.Set(a, day, -1);
            }

            foreach (var d in ChosenFor(solver, a))
            {
                s.Set(a, r.DayOf(d), d);
            }
        }
    }

    protected override IEnumerable<int> FixedDuties(int agent)
    {
        var choice = s.Choice[agent];
        for (var day = 0; day < r.Days; day++)
        {
            if ((day < From || day > To) && choice[day] >= 0)
            {
                yield return choice[day];
            }
        }
    }

    protected override IEnumerable<int> Options(int agent, int day) =>
        allowed is null ? r.Options[agent][day] : r.Options[agent][day].Where(d => allowed(day, d));

    protected override bool Current(int agent, int demand) => s.Choice[agent][r.DayOf(demand)] == demand;

    protected override PlanCounts CurrentCounts() => s.Plan.Counts;
}
