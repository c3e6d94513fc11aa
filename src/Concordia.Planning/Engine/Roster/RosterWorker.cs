using Concordia.Planning.Engine.Pricing;
using Google.OrTools.Sat;
using Microsoft.Extensions.Logging;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// One search thread over a roster: frees a neighbourhood, solves it exactly (or as far as its budget goes) with
/// single-threaded CP-SAT from the current roster as hint, and keeps the result unless it is worse. Four shapes,
/// each with its own adaptive size: a few agents over the whole horizon (their shifts can be exchanged freely),
/// every agent over a few days, some agents over a longer stretch, and a week or two around a day short of cover with
/// the agents who could fill it (<see cref="PickShort"/>). Sizes grow while neighbourhoods are solved
/// to optimality within their budget and shrink when not. Where every agent has a schedule programme, a fifth kind
/// of move puts a few agents back by best responses (<see cref="ResponseNeighbourhood"/>); the kinds are drawn by
/// their recent improvements per unit of work.
/// </summary>
internal sealed class RosterWorker
{
    private readonly RosterInstance r;
    private readonly Random rng;
    private readonly double[] size;
    private readonly double budget;
    private readonly double perAgentDay;

    private readonly ILogger log;
    private readonly ResponseNeighbourhood? responses;
    private readonly double[] gains = [1, 1, 1, 1, 1];
    private readonly double[] costs = [0.1, 0.1, 0.1, 0.1, 0.1];

    /// <summary>The fourth CP-SAT shape: a week or two around a day short of cover, with agents who could fill it.</summary>
    private const int Shortage = 3;

    /// <summary>The move kind after the CP-SAT shapes: best responses (<see cref="ResponseNeighbourhood"/>).</summary>
    private const int Responses = 4;

    public RosterWorker(RosterInstance instance, RosterState start, int seed, double budget, AgentGraph[]? graphs, ILogger log)
    {
        r = instance;
        this.log = log;
        responses = graphs is null ? null : new ResponseNeighbourhood(graphs);
        rng = new Random(seed);
        this.budget = budget;
        State = new RosterState(r);
        State.CopyFrom(start);

        // Choices each shape frees, to start with; each size adapts so that about half the neighbourhoods are
        // settled within the budget, as CP-SAT's own neighbourhoods do.
        perAgentDay = Math.Max(1.0, r.Options.Sum(a => a.Sum(d => (double)d.Length)) / r.Agents / r.Days);
        size = [Tuning.FirstRosterNeighbourhood, Tuning.FirstRosterNeighbourhood, Tuning.FirstRosterNeighbourhood, Tuning.FirstRosterNeighbourhood];
    }

    public RosterState State { get; }

    public long Iterations { get; private set; }

    /// <summary>The moves of the last round that lowered the score, in order: what the others can take from it.</summary>
    public List<RosterMove> Gains { get; } = [];

    public void RunRound(int steps, Deadline deadline, CancellationToken ct)
    {
        Gains.Clear();
        for (var i = 0; i < steps && !ct.IsCancellationRequested && !deadline.Passed; i++)
        {
            var kind = Choose();
            var before = State.Score;
            double work;
            int[] agents;
            int from = 0, to = r.Days - 1;
            if (kind == Responses)
            {
                agents = Sample(Math.Min(r.Agents, 1 + rng.Next(Tuning.ResponseAgents)));
                rng.Shuffle(agents);
                var done = responses!.Work;
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                responses.Run(State, agents, deadline, ct);
                work = (responses.Work - done) * Tuning.ResponseSecondsPerNode;
                Log.RosterResponses(log, agents.Length, work, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, before, State.Score);
            }
            else
            {
                (agents, from, to) = kind == Shortage ? PickShort() : Pick(kind);

                // Agents still breaking a rule are only touched over their whole horizon (the construction's job).
                if (from > 0 || to < r.Days - 1)
                {
                    agents = agents.Where(State.Feasible).ToArray();
                }

                work = Solve(kind, agents, from, to, deadline, ct);
            }

            var improved = State.Score < before;
            if (improved)
            {
                Gains.Add(RosterMove.Of(State, agents, from, to));
            }

            Credit(kind, improved, work);
            Iterations++;
        }
    }

    /// <summary>
    /// A move kind drawn in proportion to its recent rate of improvements per unit of work (decayed, so the rates follow
    /// the search as it moves on), each kind keeping a floor share of the draws so that none is written off for good.
    /// </summary>
    private int Choose()
    {
        var kinds = responses is null ? Responses : Responses + 1;
        Span<double> rate = stackalloc double[kinds];
        var total = 0.0;
        for (var k = 0; k < kinds; k++)
        {
            rate[k] = gains[k] / Math.Max(costs[k], 1e-6);
            total += rate[k];
        }

        var x = rng.NextDouble();
        for (var k = 0; k < kinds - 1; k++)
        {
            x -= Tuning.MoveFloorShare + ((1 - (kinds * Tuning.MoveFloorShare)) * rate[k] / total);
            if (x < 0)
            {
                return k;
            }
        }

        return kinds - 1;
    }

    private void Credit(int kind, bool improved, double work)
    {
        for (var k = 0; k < gains.Length; k++)
        {
            gains[k] *= Tuning.MoveRateDecay;
            costs[k] *= Tuning.MoveRateDecay;
        }

        gains[kind] += improved ? 1 : 0;
        costs[kind] += work;
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

    /// <summary>
    /// A day drawn by its weighted shortage of cover, one or two weeks around it, and as many agents as the size allows:
    /// first those who may take a short demand that day and are off or on a demand with cover to spare, then any. Where
    /// nothing is short, a stretch as <see cref="Pick"/> draws it.
    /// </summary>
    internal (int[] Agents, int From, int To) PickShort()
    {
        var p = r.P;
        var units = State.Plan.Counts.DemandUnits;
        var shortDay = new double[r.Days];
        var total = 0.0;
        for (var d = 0; d < p.DemRequired.Length; d++)
        {
            var missing = p.DemRequired[d] - units[d];
            if (missing > 0)
            {
                var w = (double)missing * p.DemUnder[d];
                shortDay[r.DayOf(d)] += w;
                total += w;
            }
        }

        if (total <= 0)
        {
            return Pick(Shortage);
        }

        var x = rng.NextDouble() * total;
        var day = 0;
        while (day < r.Days - 1 && (x -= shortDay[day]) >= 0)
        {
            day++;
        }

        var stretch = Math.Min(r.Days, 7 * (1 + rng.Next(2)));
        var from = Math.Clamp(day - rng.Next(stretch), 0, r.Days - stretch);
        var k = (int)Math.Clamp(size[Shortage] / (perAgentDay * stretch), Math.Min(2, r.Agents), r.Agents);
        var fillers = Enumerable.Range(0, r.Agents)
            .Where(a => r.Options[a][day].Any(d => units[d] < p.DemRequired[d]) &&
                        (State.Choice[a][day] is var c && (c < 0 || units[c] > p.DemRequired[c])))
            .ToArray();
        rng.Shuffle(fillers);
        var chosen = new HashSet<int>(fillers.Take(k));
        while (chosen.Count < k)
        {
            chosen.Add(rng.Next(r.Agents));
        }

        return ([.. chosen.Order()], from, from + stretch - 1);
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

    /// <summary>Solves one CP-SAT neighbourhood; returns the deterministic time it took.</summary>
    private double Solve(int kind, int[] agents, int from, int to, Deadline deadline, CancellationToken ct)
    {
        var model = new RosterModel(r, State, agents, from, to);
        if (model.VariableCount == 0)
        {
            return 0;
        }

        var before = State.Score;
        var solver = RosterSolver.Solve(model, rng.Next(1_000_000), budget, deadline, ct, out var status, out var work);
        size[kind] = status == CpSolverStatus.Optimal
            ? Math.Min(Tuning.MaxRosterNeighbourhood, size[kind] * Tuning.RosterSizeGrowth)
            : Math.Max(Tuning.MinRosterNeighbourhood, size[kind] / Tuning.RosterSizeGrowth);
        if (solver is not null)
        {
            var saved = RosterMove.Of(State, agents, from, to);
            model.Apply(solver);

            // The rules' own score decides: hard violations first, then cost.
            if (State.Score > before)
            {
                saved.WriteTo(State);
            }
        }

        Log.RosterNeighbourhood(log, kind, agents.Length, from, to, model.VariableCount, status.ToString(), solver?.WallTime() ?? 0, before, State.Score);
        return work;
    }
}
