using Concordia.Planning.Engine.Pricing;
using Google.OrTools.Sat;
using Microsoft.Extensions.Logging;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// One search thread over a roster: frees a neighbourhood, solves it exactly (or as far as its budget goes) with
/// single-threaded CP-SAT from the current roster as hint, and keeps the result unless it is worse. Six shapes,
/// each with its own adaptive size: a few agents over the whole horizon (their shifts can be exchanged freely; at
/// least one agent, with a budget in proportion where one agent's year is more than the size),
/// every agent over a few days, some agents over a longer stretch, a week or two around a day short of cover with
/// the agents who could fill it (<see cref="PickShort"/>), and two agents over the whole horizon who may only exchange
/// their days or take demands short of cover (<see cref="PickExchange"/>), drawn at random or, as a shape of its own,
/// among the agents who work half a weekend. Sizes grow while neighbourhoods are solved
/// to optimality within their budget and shrink when not; the exchange's model is as large as the pair's days make it,
/// so its size only sets its budget. Where every agent has a schedule programme, a seventh kind
/// of move puts a few agents back by best responses (<see cref="ResponseNeighbourhood"/>); <see cref="MoveDraw"/> draws
/// the kinds by their recent improvement per unit of work.
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
    private readonly MoveDraw draw;

    /// <summary>The fourth CP-SAT shape: a week or two around a day short of cover, with agents who could fill it.</summary>
    private const int Shortage = 3;

    /// <summary>The fifth CP-SAT shape: two agents over the whole horizon, exchanging days (<see cref="PickExchange"/>).</summary>
    private const int Exchange = 4;

    /// <summary>
    /// The sixth CP-SAT shape: the exchange between two agents who work half of the same weekend, where cover is short on
    /// weekends (<see cref="PickExchange"/>). A shape of its own, so the draw learns where such pairs pay.
    /// </summary>
    private const int HalfWeekends = 5;

    /// <summary>The move kind after the CP-SAT shapes: best responses (<see cref="ResponseNeighbourhood"/>).</summary>
    private const int Responses = 6;

    public RosterWorker(RosterInstance instance, RosterState start, int seed, double budget, AgentGraph[]? graphs, ILogger log)
    {
        r = instance;
        this.log = log;
        responses = graphs is null ? null : new ResponseNeighbourhood(graphs);
        draw = new MoveDraw(responses is null ? Responses : Responses + 1);
        rng = new Random(seed);
        this.budget = budget;
        State = new RosterState(r);
        State.CopyFrom(start);

        // Choices each shape frees, to start with; each size adapts so that about half the neighbourhoods are
        // settled within the budget, as CP-SAT's own neighbourhoods do.
        perAgentDay = Math.Max(1.0, r.Options.Sum(a => a.Sum(d => (double)d.Length)) / r.Agents / r.Days);
        size = Enumerable.Repeat(Tuning.FirstRosterNeighbourhood, Responses).ToArray();
    }

    public RosterState State { get; }

    public long Iterations { get; private set; }

    /// <summary>The moves of the last round that lowered the score, in order: what the others can take from it.</summary>
    public List<RosterMove> Gains { get; } = [];

    /// <summary>
    /// Tries moves until <paramref name="steps"/> of them are done or their work reaches <paramref name="work"/>
    /// (CP-SAT's deterministic time, and best responses' work counted the same way): threads whose rounds end at the
    /// same work end them at about the same time, whatever size their moves were, so few wait for the others.
    /// </summary>
    public void RunRound(int steps, double work, Deadline deadline, CancellationToken ct)
    {
        Gains.Clear();
        var done = 0.0;
        for (var i = 0; i < steps && done < work && !ct.IsCancellationRequested && !deadline.Passed; i++)
        {
            var kind = draw.Next(rng);
            var before = State.Score;
            double cost;
            int[] agents;
            int from = 0, to = r.Days - 1;
            if (kind == Responses)
            {
                agents = Sample(Math.Min(r.Agents, 1 + rng.Next(Tuning.ResponseAgents)));
                rng.Shuffle(agents);
                var spent = responses!.Work;
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                responses.Run(State, agents, deadline, ct);
                cost = (responses.Work - spent) * Tuning.ResponseSecondsPerTransition;
                Log.RosterResponses(log, agents.Length, cost, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, before, State.Score);
            }
            else
            {
                Func<int, int, bool>? allowed = null;
                (agents, from, to) = kind switch
                {
                    Shortage => PickShort(),
                    Exchange => PickExchange(halfWeekends: false, out allowed),
                    HalfWeekends => PickExchange(halfWeekends: true, out allowed),
                    _ => Pick(kind),
                };

                // Agents still breaking a rule are only touched over their whole horizon (the construction's job).
                if (from > 0 || to < r.Days - 1)
                {
                    agents = agents.Where(State.Feasible).ToArray();
                }

                cost = Solve(kind, agents, from, to, allowed, deadline, ct);
            }

            if (State.Score < before)
            {
                Gains.Add(RosterMove.Of(State, agents, from, to));
            }

            draw.Credit(kind, before, State.Score, cost);
            done += Math.Max(cost, Tuning.MinMoveWork);
            Iterations++;
        }
    }

    internal (int[] Agents, int From, int To) Pick(int kind)
    {
        // Every agent over too few days for the size falls back to a stretch of a few agents.
        var agentsWhole = (int)(size[kind] / (perAgentDay * r.Days));
        var daysAll = (int)(size[kind] / (perAgentDay * r.Agents));
        if (kind == 0)
        {
            // Two agents at least where the size allows one, so they can exchange shifts; one where it allows less
            // (Solve gives that model a budget in proportion).
            var whole = agentsWhole == 0 ? 1 : Math.Max(2, agentsWhole);
            return (Sample(Math.Min(r.Agents, whole)), 0, r.Days - 1);
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
        var shortDay = ShortageByDay();
        var total = shortDay.Sum();
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

    /// <summary>
    /// Two agents over the whole horizon, each limited on every day to what either of them works that day and to the
    /// demands short of cover: they can exchange days anywhere in the year, and one can take a short demand where the
    /// other takes over one of its duties elsewhere — two schedules changed at once, where a limit over the year (duties of
    /// a kind, weekends, minutes) keeps one agent alone from taking it. The model stays small where two agents' whole
    /// years would not. The pair is drawn at random, or with <paramref name="halfWeekends"/>, where cover is short on a
    /// weekend, among the agents who work half a weekend (<see cref="HalfWeekendPair"/>).
    /// </summary>
    internal (int[] Agents, int From, int To) PickExchange(bool halfWeekends, out Func<int, int, bool> allowed)
    {
        var units = State.Plan.Counts.DemandUnits;
        var isShort = r.P.DemRequired.Select((required, d) => units[d] < required).ToArray();
        var weekendShort = halfWeekends && ShortageByDay().Where((_, day) => r.P.DayIsWeekend[day]).Sum() > 0;
        var pair = weekendShort && HalfWeekendPair() is { } half ? half : Sample(Math.Min(2, r.Agents));
        var worked = pair.Select(a => (int[])State.Choice[a].Clone()).ToArray();
        allowed = (day, d) => isShort[d] || worked.Any(w => w[day] == d);
        return (pair, 0, r.Days - 1);
    }

    /// <summary>
    /// Two agents who each work one day only of the same weekend, or one such agent and another at random; null where
    /// nobody works half a weekend. Where weekends are limited, a weekend worked on one day spends a whole weekend of the
    /// budget for one day of cover: one of them can take the other's day and free a weekend for a day short elsewhere.
    /// </summary>
    private int[]? HalfWeekendPair()
    {
        var halves = new List<(int Agent, int Weekend)>();
        for (var a = 0; a < r.Agents; a++)
        {
            var choice = State.Choice[a];
            for (var day = 0; day + 1 < r.Days; day++)
            {
                // A day whose next day's weekend starts on it is a Saturday with its Sunday.
                if (r.P.WeekendKey(day + 1) == day && (choice[day] >= 0) != (choice[day + 1] >= 0))
                {
                    halves.Add((a, day));
                }
            }
        }

        if (halves.Count == 0 || r.Agents < 2)
        {
            return null;
        }

        var (first, weekend) = halves[rng.Next(halves.Count)];
        var mates = halves.Where(h => h.Weekend == weekend && h.Agent != first).Select(h => h.Agent).ToArray();
        var second = mates.Length > 0 ? mates[rng.Next(mates.Length)] : rng.Next(r.Agents - 1);
        second = mates.Length == 0 && second >= first ? second + 1 : second;
        return [Math.Min(first, second), Math.Max(first, second)];
    }

    /// <summary>Per day, the cover short there, each missing unit weighted by its demand's under-cover cost.</summary>
    private double[] ShortageByDay()
    {
        var p = r.P;
        var units = State.Plan.Counts.DemandUnits;
        var shortDay = new double[r.Days];
        for (var d = 0; d < p.DemRequired.Length; d++)
        {
            var missing = p.DemRequired[d] - units[d];
            if (missing > 0)
            {
                shortDay[r.DayOf(d)] += (double)missing * p.DemUnder[d];
            }
        }

        return shortDay;
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
    private double Solve(int kind, int[] agents, int from, int to, Func<int, int, bool>? allowed, Deadline deadline, CancellationToken ct)
    {
        var model = new RosterModel(r, State, agents, from, to, allowed: allowed);
        if (model.VariableCount == 0)
        {
            return 0;
        }

        var before = State.Score;
        // A model beyond the shape's size (one agent over the whole horizon) gets a budget in proportion, up to a cap;
        // as the size shrinks while such models stay unsettled, their budget grows until about half are settled.
        var limit = Math.Min(Tuning.MaxRosterNeighbourhoodBudget, budget * Math.Max(1, model.VariableCount / size[kind]));
        var solver = RosterSolver.Solve(model, rng.Next(1_000_000), limit, deadline, ct, out var status, out var work);
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
