using Google.OrTools.Sat;
using Microsoft.Extensions.Logging;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// One search thread over a roster: frees a neighbourhood, solves it exactly (or as far as its budget goes) with
/// single-threaded CP-SAT from the current roster as hint, and keeps the result unless it is worse. Three shapes,
/// each with its own adaptive size: a few agents over the whole horizon (their shifts can be exchanged freely),
/// every agent over a few days, and some agents over a longer stretch. Sizes grow while neighbourhoods are solved
/// to optimality within their budget and shrink when not.
/// </summary>
internal sealed class RosterWorker
{
    private readonly RosterInstance r;
    private readonly Random rng;
    private readonly double[] size;
    private readonly double budget;
    private readonly double perAgentDay;

    private readonly ILogger log;

    public RosterWorker(RosterInstance instance, RosterState start, int seed, double budget, ILogger log)
    {
        r = instance;
        this.log = log;
        rng = new Random(seed);
        this.budget = budget;
        State = new RosterState(r);
        State.CopyFrom(start);

        // Choices each shape frees, to start with; each size adapts so that about half the neighbourhoods are
        // settled within the budget, as CP-SAT's own neighbourhoods do.
        perAgentDay = Math.Max(1.0, r.Options.Sum(a => a.Sum(d => (double)d.Length)) / r.Agents / r.Days);
        size = [Tuning.FirstRosterNeighbourhood, Tuning.FirstRosterNeighbourhood, Tuning.FirstRosterNeighbourhood];
    }

    public RosterState State { get; }

    public long Iterations { get; private set; }

    public void RunRound(int steps, Deadline deadline, CancellationToken ct)
    {
        for (var i = 0; i < steps && !ct.IsCancellationRequested && !deadline.Passed; i++)
        {
            var kind = rng.Next(3);
            var (agents, from, to) = Pick(kind);
            Solve(kind, agents, from, to, deadline, ct);
            Iterations++;
        }
    }

    private (int[] Agents, int From, int To) Pick(int kind)
    {
        // A shape too big for the size at one agent or one day falls back to a stretch of a few agents.
        var agentsWhole = (int)(size[kind] / (perAgentDay * r.Days));
        var daysAll = (int)(size[kind] / (perAgentDay * r.Agents));
        if (kind == 0 && agentsWhole >= 1)
        {
            return (Sample(Math.Min(r.Agents, Math.Max(2, agentsWhole))), 0, r.Days - 1);
        }

        if (kind == 1 && daysAll >= 1)
        {
            var span = Math.Min(r.Days, Math.Max(2, daysAll));
            var from = rng.Next(r.Days - span + 1);
            return (Enumerable.Range(0, r.Agents).ToArray(), from, from + span - 1);
        }

        // One to four weeks, with as many agents as the size allows.
        var stretch = Math.Min(r.Days, 7 * (1 + rng.Next(4)));
        var k = (int)Math.Clamp(size[kind] / (perAgentDay * stretch), Math.Min(2, r.Agents), r.Agents);
        var start = rng.Next(r.Days - stretch + 1);
        return (Sample(k), start, start + stretch - 1);
    }

    private int[] Sample(int k)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < k)
        {
            chosen.Add(rng.Next(r.Agents));
        }

        return [.. chosen.Order()];
    }

    private void Solve(int kind, int[] agents, int from, int to, Deadline deadline, CancellationToken ct)
    {
        // Agents still breaking a rule are only touched over their whole horizon (the construction's job).
        if (from > 0 || to < r.Days - 1)
        {
            agents = agents.Where(State.Feasible).ToArray();
        }

        var model = new RosterModel(r, State, agents, from, to);
        if (model.VariableCount == 0)
        {
            return;
        }

        var before = State.Score;
        var solver = RosterSolver.Solve(model, rng.Next(1_000_000), budget, deadline, ct, out var status);
        size[kind] = status == CpSolverStatus.Optimal
            ? Math.Min(Tuning.MaxRosterNeighbourhood, size[kind] * Tuning.RosterSizeGrowth)
            : Math.Max(Tuning.MinRosterNeighbourhood, size[kind] / Tuning.RosterSizeGrowth);
        if (solver is not null)
        {
            var saved = Save(agents, from, to);
            model.Apply(solver);

            // The rules' own score decides: hard violations first, then cost.
            if (State.Score > before)
            {
                Restore(agents, from, saved);
            }
        }

        Log.RosterNeighbourhood(log, kind, agents.Length, from, to, model.VariableCount, status.ToString(), solver?.WallTime() ?? 0, before, State.Score);
    }

    private int[][] Save(int[] agents, int from, int to) =>
        agents.Select(a => State.Choice[a][from..(to + 1)]).ToArray();

    private void Restore(int[] agents, int from, int[][] saved)
    {
        for (var k = 0; k < agents.Length; k++)
        {
            for (var i = 0; i < saved[k].Length; i++)
            {
                State.Set(agents[k], from + i, saved[k][i]);
            }
        }
    }
}
