using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Roster;
using Concordia.Planning.Model;
using Concordia.Planning.Rules;
using Concordia.Planning.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Concordia.Planning.Solving;

/// <summary>
/// The planning engine: greedy construction, a fill pass, a relief of over-cover (<see cref="Relief"/>), a repair of
/// members breaking a rule, then
/// large-neighbourhood search on every thread (CP-SAT repairs plus hand-written moves on large plans); day rosters
/// take their own path (<see cref="RosterSearch"/>). Anytime: the best plan so far is returned when the time limit,
/// the iteration budget or the cancellation token comes. Every deadline is read from <see cref="SolveOptions.Clock"/>.
/// </summary>
public sealed class PlanningEngine(ILogger<PlanningEngine>? logger = null) : IPlanningSolver
{
    private readonly ILogger log = logger ?? NullLogger<PlanningEngine>.Instance;

    public string Name => "concordia-lns";

    public PlanResult Solve(PlanningProblem problem, SolveOptions options, IProgress<PlanProgress>? progress, CancellationToken ct)
    {
        var clock = options.Clock;
        var started = clock.GetTimestamp();
        var deadline = Deadline.After(clock, options.TimeLimit);
        using var timeout = new CancellationTokenSource(options.TimeLimit, clock);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        var token = limit.Token;

        var p = new CompiledProblem(problem);
        var ceiling = options.CoverageCeiling ? Task.Run(() => CoverageCeiling.Compute(p, options.TimeLimit), CancellationToken.None) : null;
        var best = new Solution(p);
        StartFrom(p, best, options.Start);

        // A re-plan never ends worse than the published plan it starts from (repaired as above): the construction
        // and repair phases change the start in place, and a limit reached half-way must not leave their work.
        Solution? origin = null;
        if (options.Start.Count > 0)
        {
            origin = new Solution(p);
            origin.CopyFrom(best);
        }

        // The final validation costs about as much as compiling and loading did; the search leaves it that time so
        // the whole call fits the limit.
        var searchDeadline = deadline.Earlier(Tuning.ValidationReserve * clock.GetElapsedTime(started));

        // Construction and the first fill stop at the same point: on a large re-plan they could otherwise run to the
        // limit and push the validation past it.
        using var searchStop = new CancellationTokenSource(searchDeadline.Remaining, clock);
        using var building = CancellationTokenSource.CreateLinkedTokenSource(token, searchStop.Token);
        var firstFeasible = -1.0;
        long iterations = 0;
        void Report(SearchPhase phase)
        {
            var elapsed = clock.GetElapsedTime(started);
            if (firstFeasible < 0 && best.Total.Hard == 0)
            {
                firstFeasible = elapsed.TotalSeconds;
            }

            var coverage = Coverage(p, best);
            Log.Phase(log, phase, best.Total.Hard, best.Total.Soft, coverage, elapsed.TotalSeconds);
            progress?.Report(new PlanProgress(elapsed, phase, best.Total.Hard, best.Total.Soft, coverage, iterations));
        }

        Report(SearchPhase.Start);
        if (!options.GeneralPath && RosterShape.Fits(p))
        {
            // Day rosters have an exact, strong CP-SAT formulation: their own construction and search use it.
            var roster = new RosterSearch(p, options, log, (s, phase, its) =>
            {
                iterations = its;
                if (s.Total < best.Total || phase == SearchPhase.Construction)
                {
                    best.CopyFrom(s);
                    Report(phase);
                }
            });
            Guard(() => roster.Run(best, searchDeadline, token));
            iterations = roster.Iterations;
            KeepBetter(best, origin);
            return Finish(problem, options, p, best, started, () => firstFeasible, iterations, Report, ceiling);
        }

        // When most members have contracts with minimums (hours, runs of days) over a long horizon, the repair below
        // builds their schedules from the contract: a demand-driven greedy would be slow there and mostly undone.
        // On shorter problems the greedy's demand-driven start leads the search to better plans.
        var rules = p.Rules;
        var withMinimums = Enumerable.Range(0, p.StaffCount)
            .Count(m => rules.Get<MinTotalMinutesRule>().Bound(p, m) > 0 || rules.Get<MinConsecutiveDaysRule>().Bound(p, m) > 1);
        var contractDriven = withMinimums > p.StaffCount / 2 && (long)p.WindowCount * p.AgentCount > Tuning.ContractDrivenSize;
        if (!contractDriven)
        {
            Guard(() => new GreedyConstruction(p).Run(best, building.Token));
        }

        Report(SearchPhase.Construction);
        if (!options.ConstructionOnly)
        {
            if (!contractDriven)
            {
                if (!Tuning.ScansEveryone(p.AgentCount))
                {
                    Guard(() => new LocalSearch(p, new Random(options.Seed)).Fill(best, Tuning.FirstFillScan, building.Token));
                }

                // A re-plan to lower demand leaves people on over-cover who are needed elsewhere.
                Guard(() => new Relief(p).Run(best, building.Token));

                // Chains of two make room for units the fill could not place (an agent gives up a nearby duty to
                // another and takes the missing unit).
                Guard(() => new LocalSearch(p, new Random(options.Seed)).Eject(best, Tuning.FirstEjectTries, Tuning.EjectScan, searchDeadline, building.Token));
            }

            Report(SearchPhase.Fill);
            FeasibilityRepair.Run(p, best, options.Seed, searchDeadline, token);
            Report(SearchPhase.Repair);
            var workers = Enumerable.Range(0, Math.Max(1, options.Threads))
                .Select(i => new LnsWorker(p, best, unchecked((options.Seed * 7919) + i), log))
                .ToArray();
            while (!token.IsCancellationRequested && !searchDeadline.Passed && (options.MaxIterations is not { } max || iterations < max))
            {
                // The hand-written moves of a step check only the token: the one that stops at the search deadline.
                var round = workers.Select(w => Task.Run(() => Guard(() => w.RunRound(Tuning.StepsPerRound, searchDeadline, building.Token)), CancellationToken.None)).ToArray();
                Task.WaitAll(round, CancellationToken.None);
                iterations = workers.Sum(w => w.Iterations);

                // Ties go to the lowest worker so the trajectory does not depend on thread timing.
                var leader = workers.OrderBy(w => w.Solution.Total).First();
                if (leader.Solution.Total < best.Total)
                {
                    best.CopyFrom(leader.Solution);
                    Report(SearchPhase.Search);
                }

                foreach (var w in workers.Where(w => w != leader))
                {
                    w.Solution.CopyFrom(leader.Solution);
                }
            }
        }

        KeepBetter(best, origin);
        return Finish(problem, options, p, best, started, () => firstFeasible, iterations, Report, ceiling);
    }

    private static void KeepBetter(Solution best, Solution? origin)
    {
        if (origin is not null && origin.Total < best.Total)
        {
            best.CopyFrom(origin);
        }
    }

    private PlanResult Finish(
        PlanningProblem problem, SolveOptions options, CompiledProblem p, Solution best, long started, Func<double> firstFeasible, long iterations, Action<SearchPhase> report,
        Task<CoverageCeiling>? ceiling)
    {
        var assignments = best.ToAssignments();
        var validated = PlanValidator.Validate(p, assignments);
        report(SearchPhase.Done);
        var moves = CountMoves(p, best);
        var stats = new SolverStats(Name, options.Seed, options.Threads, options.Clock.GetElapsedTime(started).TotalSeconds, firstFeasible(), iterations, moves);
        var plan = new Plan { Problem = problem.Name, Assignments = assignments, Report = validated, Stats = stats };
        return new PlanResult(plan, validated, stats, ceiling?.GetAwaiter().GetResult());
    }

    /// <summary>
    /// Published assignments (of any kind) that the new plan no longer has. The plan holds a member's assignment
    /// exactly when the member's agent has the duty, so each published one is checked by its compiled indices, without
    /// building the plan's assignments as a set (seconds at a million assignments).
    /// </summary>
    internal static int CountMoves(CompiledProblem p, Solution s)
    {
        var moved = 0;
        foreach (var (staff, d) in p.PublishedDuties)
        {
            moved += staff >= 0 && s.Has(p.StaffAgent[staff], d) ? 0 : 1;
        }

        return moved;
    }

    internal static double Coverage(CompiledProblem p, Solution s)
    {
        long required = 0, covered = 0;
        for (var d = 0; d < p.DemandCount; d++)
        {
            required += p.DemRequired[d];
            covered += Math.Min(p.DemRequired[d], s.Counts.DemandUnits[d]);
        }

        return required == 0 ? 100 : Math.Round(100.0 * covered / required, 3);
    }

    /// <summary>
    /// Loads start assignments in bulk (those that still name a wanted demand the member's unit can do), then drops,
    /// agent by agent, the duties that break a hard rule (a member now absent, a window now too close to another),
    /// latest first.
    /// </summary>
    private static void StartFrom(CompiledProblem p, Solution s, IReadOnlyList<Assignment> start)
    {
        if (start.Count == 0)
        {
            return;
        }

        // The usual re-plan starts from the published plan, which the compiled problem has already resolved.
        var resolved = ReferenceEquals(start, p.Source.Published) ? p.PublishedDuties : start.Select(p.Resolve).ToArray();
        var items = new List<(int, int)>(start.Count);
        foreach (var (staff, d) in resolved)
        {
            if (staff >= 0 && p.DemRequired[d] > 0 && p.AgentHasCap(p.StaffAgent[staff], p.DemCap[d]))
            {
                items.Add((p.StaffAgent[staff], d));
            }
        }

        s.Load(items);
        for (var agent = 0; agent < p.AgentCount; agent++)
        {
            var duties = s.Duties(agent);
            for (var i = duties.Count - 1; i >= 0 && s.AgentScore(agent).Hard > 0; i--)
            {
                // The agent's own rules decide here; what the removal does to its cell is settled below.
                var d = duties[i];
                var before = s.AgentScore(agent).Hard;
                s.Remove(agent, d);
                if (s.AgentScore(agent).Hard >= before)
                {
                    s.Add(agent, d);
                }
            }
        }

        DropCellBreaks(p, s);
    }

    /// <summary>
    /// A cell of the start that breaks a hard cell rule (a foreign officer left without host officers when the
    /// change took theirs away, officers without powers left alone, a unit under its own command split) loses duties
    /// there until it breaks none: each time the one whose removal breaks the fewest hard rules, or, when no single
    /// removal helps, all of the cell's duties at once if that helps. The search refills what was dropped.
    /// </summary>
    private static void DropCellBreaks(CompiledProblem p, Solution s)
    {
        var broken = new Dictionary<int, List<(int Agent, int Demand)>>();
        for (var agent = 0; agent < p.AgentCount; agent++)
        {
            foreach (var d in s.Duties(agent))
            {
                var cell = p.DemCell[d];
                if (s.CellScore(cell).Hard > 0)
                {
                    (broken.TryGetValue(cell, out var list) ? list : broken[cell] = []).Add((agent, d));
                }
            }
        }

        foreach (var (cell, duties) in broken)
        {
            while (s.CellScore(cell).Hard > 0 && duties.Count > 0)
            {
                var best = -1;
                var bestDelta = Score.Zero;
                for (var i = 0; i < duties.Count; i++)
                {
                    var delta = s.DeltaRemove(duties[i].Agent, duties[i].Demand);
                    if (delta.Hard < 0 && (best < 0 || delta < bestDelta))
                    {
                        (best, bestDelta) = (i, delta);
                    }
                }

                if (best >= 0)
                {
                    s.Remove(duties[best].Agent, duties[best].Demand);
                    duties.RemoveAt(best);
                    continue;
                }

                var before = s.Total;
                foreach (var (agent, d) in duties)
                {
                    s.Remove(agent, d);
                }

                if (s.Total.Hard >= before.Hard)
                {
                    foreach (var (agent, d) in duties)
                    {
                        s.Add(agent, d);
                    }
                }

                break;
            }
        }
    }

    private static void Guard(Action work)
    {
        try
        {
            work();
        }
        catch (OperationCanceledException)
        {
            // The time limit or the caller stopped this phase; the best plan so far stands.
        }
    }
}
