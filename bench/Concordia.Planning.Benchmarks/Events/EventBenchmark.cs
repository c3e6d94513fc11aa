using System.Diagnostics;
using System.Globalization;
using Concordia.Planning.Model;
using Concordia.Planning.Replanning;
using Concordia.Planning.Solving;

namespace Concordia.Planning.Benchmarks.Events;

/// <summary>
/// The event-scale benchmark: generate an event, plan it, then re-plan after the alert rise announced on the first
/// day of the event's second third; with baselines, plan and re-plan again by construction only and by the plain
/// CP-SAT model (where its model is small enough to build). Each result is one line of text, and at the end one
/// Markdown table with a row per solver for docs/benchmarks.md.
/// </summary>
public sealed class EventBenchmark(EventSize size, int seed, int threads, Func<IPlanningSolver> engine, Action<string> output)
{
    /// <summary>Duty variables above which the plain CP-SAT model is not built: about 1 KB each, it would not fit in a few GiB.</summary>
    public const long CpSatVariableLimit = 1_000_000;

    private readonly List<string> rows = [];

    /// <summary>
    /// Runs the benchmark; with <paramref name="longReplan"/> the engine re-plans a second time with that limit, to show
    /// how much of the raised demand a longer search covers; with <paramref name="freeReplan"/> it re-plans once more
    /// with that limit from the frozen published duties alone, to show how much a plan not held to the rest of the
    /// published one covers, and how much of it that plan moves.
    /// </summary>
    public void Run(
        TimeSpan planLimit, TimeSpan replanLimit, TimeSpan? longReplan, TimeSpan? freeReplan, bool baselines, Func<IProgress<PlanProgress>> progress, CancellationToken ct)
    {
        rows.Clear();
        var clock = Stopwatch.StartNew();
        var problem = EventGenerator.Generate(size, seed);
        var units = problem.Staff.Select(m => m.TeamId ?? m.Id).Distinct().Count();
        var perCap = string.Join(", ", EventCapacity.Utilisation(problem, problem.HorizonStart)
            .Select(u => $"{u.Capabilities} {Percent(u.DemandHours / Math.Max(1, u.StaffHours))}"));
        output($"generated {problem.Name} in {clock.Elapsed.TotalSeconds:F1} s: {problem.Staff.Count} staff ({units} units), {problem.Sites.Count} sites, "
            + $"{problem.Demands.Count} demand lines ({Units(problem)} units), {problem.LanguageNeeds.Count} language needs; demand is "
            + $"{Percent(EventCapacity.TotalUtilisation(problem, problem.HorizonStart))} of what the staff can work ({perCap})");

        var ceiling = CoverageCeiling.Compute(problem);
        output($"coverage ceiling: at most {ceiling.CoverableUnits} of {ceiling.RequiredUnits} units ({ceiling.Percent:F2}%) can be covered, "
            + $"{ceiling.AgentClasses} classes of units, {ceiling.Groups} groups of windows, computed in {ceiling.Elapsed.TotalSeconds:F2} s");

        var now = problem.HorizonStart.AddDays(problem.HorizonDays / 3);
        var change = AlertRise.Create(problem, now);
        var after = problem.Demands.Where(d => problem.Windows.First(w => w.Id == d.WindowId).Start >= now).Sum(d => (long)d.Required);
        var added = AlertRise.UnitsAdded(problem, change);
        var replanning = ChangeApplier.Apply(problem, [], change).Value!;
        var coverable = CoverableFrom(replanning, now);
        var demandAfter = after + added;
        output($"alert rise announced {now:yyyy-MM-dd HH:mm} (day {problem.HorizonDays / 3}): {change.Demands.Count} demand lines raised, "
            + $"{after} units from then on become {demandAfter} ({added} units added, +{Percent((double)added / Math.Max(1, after))}); "
            + $"at most {coverable} of them ({Percent((double)coverable / Math.Max(1, demandAfter))}) can be covered (coverage ceiling of that demand)");

        var plan = Solve("engine", engine(), problem, new SolveOptions { TimeLimit = planLimit, Seed = seed, Threads = threads }, progress(), ct);
        Replan("engine", engine(), problem, plan, change, replanLimit, coverable, progress(), ct);
        using (var self = Process.GetCurrentProcess())
        {
            self.Refresh();
            output($"peak working set so far {self.PeakWorkingSet64 / (1024.0 * 1024 * 1024):F2} GiB");
        }

        if (longReplan is { } longer)
        {
            rows.Add($"| engine, re-plan limit {longer.TotalSeconds:0} s | the engine's plan above | | | | | |");
            Replan($"engine, {longer.TotalSeconds:0} s", engine(), problem, plan, change, longer, coverable, null, ct);
        }

        if (freeReplan is { } free)
        {
            rows.Add($"| engine, only the frozen duties kept, re-plan limit {free.TotalSeconds:0} s | the engine's plan above | | | | | |");
            Replan($"engine, only the frozen duties kept, {free.TotalSeconds:0} s", engine(), problem, plan, change, free, coverable, null, ct, frozenOnly: true);
        }

        if (!baselines)
        {
            Table();
            return;
        }

        var construction = Solve("construction only", engine(), problem, new SolveOptions { TimeLimit = planLimit, Seed = seed, Threads = threads, ConstructionOnly = true }, null, ct);
        Replan("construction only", engine(), problem, construction, change, replanLimit, coverable, null, ct, constructionOnly: true);
        var variables = CpSatVariables(problem);
        if (variables > CpSatVariableLimit)
        {
            CpSatNotSolved($"not run: its model would have {variables:N0} duty variables (limit {CpSatVariableLimit:N0})");
            Table();
            return;
        }

        try
        {
            var cp = Solve("plain CP-SAT", new CpSatBaselineSolver(), problem, new SolveOptions { TimeLimit = planLimit, Seed = seed, Threads = threads }, null, ct);
            Replan("plain CP-SAT", new CpSatBaselineSolver(), problem, cp, change, replanLimit, coverable, null, ct);
        }
        catch (OutOfMemoryException)
        {
            CpSatNotSolved($"out of memory with a model of {variables:N0} duty variables");
        }

        Table();
    }

    /// <summary>
    /// The coverage ceiling of the demand in windows starting at or after <paramref name="from"/>: a plan's duties
    /// from then on keep every limit the ceiling counts (they are a part of a plan keeping them), so no plan covers
    /// more of that demand.
    /// </summary>
    public static long CoverableFrom(PlanningProblem problem, DateTimeOffset from)
    {
        var starts = problem.Windows.ToDictionary(w => w.Id, w => w.Start, StringComparer.Ordinal);
        return CoverageCeiling.Compute(problem with { Demands = [.. problem.Demands.Where(d => starts[d.WindowId] >= from)] }).CoverableUnits;
    }

    /// <summary>
    /// The bound for a re-plan from a published plan: the coverage ceiling of the re-planning problem, whose frozen
    /// horizon keeps the published duties before the announcement (they cover what they covered, and take their
    /// agents' hours in the 7 days around it), less the units those duties cover. Every re-plan keeping the hard
    /// rules covers exactly those units before the announcement, so no re-plan covers more after it. Returns the
    /// bound, the units held before the announcement and the ceiling.
    /// </summary>
    public static (long Bound, long Held, CoverageCeiling Ceiling) CoverableAfter(PlanningProblem replanning, PlanReport published, DateTimeOffset from)
    {
        var starts = replanning.Windows.ToDictionary(w => w.Id, w => w.Start, StringComparer.Ordinal);
        var held = replanning.Demands.Where(d => starts[d.WindowId] < from).Sum(d => (long)d.Required)
            - published.Unmet.Where(u => starts[u.WindowId] < from).Sum(u => (long)u.Missing);
        var ceiling = CoverageCeiling.Compute(replanning);
        return (ceiling.CoverableUnits - held, held, ceiling);
    }

    /// <summary>Why plain CP-SAT has no result, in the text output and as its row of the table.</summary>
    private void CpSatNotSolved(string why)
    {
        output($"plain CP-SAT: {why}");
        rows.Add($"| plain CP-SAT | {why} |");
    }

    private void Table()
    {
        output(string.Empty);
        output("| solver | plan: first feasible | final coverage reached | returned | hard | objective | coverage | re-plan: final coverage reached | returned "
            + "| hard | units covered from the announcement (% of the bound) | published assignments moved |");
        output("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            output(row);
        }
    }

    private PlanResult Solve(string label, IPlanningSolver solver, PlanningProblem problem, SolveOptions options, IProgress<PlanProgress>? progress, CancellationToken ct)
    {
        var trace = new CoverageTrace(progress);
        var result = solver.Solve(problem, options, trace, ct);
        rows.Add($"| {label} | {Seconds(result.Stats.FirstFeasibleSeconds)} | {Seconds(trace.Reached(result.Report.CoveragePercent))} | {result.Stats.Seconds:F1} s "
            + $"| {result.Report.HardViolations}{Status(result)} | {result.Report.Objective:N0} | {result.Report.CoveragePercent:F2}% |");
        output($"plan, {label}: first feasible {Seconds(result.Stats.FirstFeasibleSeconds)}, final coverage first reached {Seconds(trace.Reached(result.Report.CoveragePercent))}, "
            + $"returned at {result.Stats.Seconds:F1} s, hard {result.Report.HardViolations}, objective {result.Report.Objective}, coverage {result.Report.CoveragePercent:F2}%, "
            + $"assignments {result.Plan.Assignments.Count}, solver {result.Stats.Solver}");
        return result;
    }

    private void Replan(
        string label, IPlanningSolver solver, PlanningProblem problem, PlanResult published, PlanChange change, TimeSpan limit, long coverable,
        IProgress<PlanProgress>? progress, CancellationToken ct, bool constructionOnly = false, bool frozenOnly = false)
    {
        var replanning = ChangeApplier.Apply(problem, published.Plan.Assignments, change).Value!;
        var (bound, held, ceiling) = CoverableAfter(replanning, published.Report, change.Now);
        output($"re-plan, {label}: bound {bound} units from the announcement (the coverage ceiling of the re-planning problem, {held} units "
            + $"held by the frozen published duties before the announcement taken off; {coverable} without those duties), computed in "
            + $"{ceiling.Elapsed.TotalSeconds:F1} s{(ceiling.WorkingTime ? string.Empty : ", without working time")}; "
            + $"a re-plan moving no published duty covers at most {CoverageCeiling.Compute(replanning, keepPublished: true).CoverableUnits - held}");
        coverable = Math.Min(coverable, bound);
        var start = frozenOnly ? replanning.FrozenPublished() : published.Plan.Assignments;
        var options = new SolveOptions { TimeLimit = limit, Seed = seed, Threads = threads, Start = start, ConstructionOnly = constructionOnly };
        var trace = new CoverageTrace(progress);
        var result = solver.Solve(replanning, options, trace, ct);
        var starts = replanning.Windows.ToDictionary(w => w.Id, w => w.Start, StringComparer.Ordinal);
        var demanded = replanning.Demands.Where(d => starts[d.WindowId] >= change.Now).Sum(d => (long)d.Required);
        var missing = result.Report.Unmet.Where(u => starts[u.WindowId] >= change.Now).Sum(u => (long)u.Missing);
        var count = published.Plan.Assignments.Count;
        rows[^1] += $" {Seconds(trace.Reached(result.Report.CoveragePercent))} | {result.Stats.Seconds:F1} s | {result.Report.HardViolations}{Status(result)} "
            + $"| {demanded - missing:N0} of {demanded:N0} ({Percent((double)(demanded - missing) / Math.Max(1, coverable))} of {coverable:N0}) "
            + $"| {result.Stats.Moves:N0} of {count:N0} ({Percent((double)result.Stats.Moves / Math.Max(1, count))}) |";
        output($"re-plan, {label}: final coverage first reached {Seconds(trace.Reached(result.Report.CoveragePercent))}, returned at {result.Stats.Seconds:F1} s, "
            + $"hard {result.Report.HardViolations}, objective {result.Report.Objective}, coverage {result.Report.CoveragePercent:F2}%; from the announcement "
            + $"{demanded - missing} of {demanded} units covered ({Percent((double)(demanded - missing) / Math.Max(1, coverable))} of the bound {coverable}); "
            + $"moved {result.Stats.Moves} of {count} published assignments ({Percent((double)result.Stats.Moves / Math.Max(1, count))})");
        output($"re-plan, {label}: cost by rule: "
            + string.Join(", ", result.Report.ByRule.Where(r => r.Cost > 0).Select(r => $"{r.Rule} {r.Cost:N0} ({r.Violations:N0})")));
    }

    /// <summary>The plain model's duty variables: per unit, each demand of a window that a capability of the unit matches.</summary>
    private static long CpSatVariables(PlanningProblem problem)
    {
        var byWindow = problem.Demands.GroupBy(d => d.WindowId).Select(g => g.Select(d => d.Capability).ToArray()).ToArray();
        return problem.Staff.GroupBy(m => m.TeamId ?? m.Id)
            .Select(u => u.SelectMany(m => m.Capabilities).ToHashSet(StringComparer.Ordinal))
            .Sum(caps => byWindow.Sum(w => (long)w.Count(caps.Contains)));
    }

    /// <summary>The plain CP-SAT solver's status, e.g. " (Feasible)"; with "Unknown" its plan is the empty one (no solution in time).</summary>
    private static string Status(PlanResult result) =>
        result.Stats.Solver.IndexOf('(', StringComparison.Ordinal) is var open and >= 0 ? " " + result.Stats.Solver[open..] : string.Empty;

    private static long Units(PlanningProblem problem) => problem.Demands.Sum(d => (long)d.Required);

    private static string Percent(double share) => (100 * share).ToString("F1", CultureInfo.InvariantCulture) + "%";

    private static string Seconds(double s) => double.IsNaN(s) || s < 0 ? "–" : s.ToString("F1", CultureInfo.InvariantCulture) + " s";

    /// <summary>Passes each report on and remembers when a feasible plan first reached a coverage.</summary>
    private sealed class CoverageTrace(IProgress<PlanProgress>? inner) : IProgress<PlanProgress>
    {
        private readonly List<PlanProgress> seen = [];

        public void Report(PlanProgress value)
        {
            seen.Add(value);
            inner?.Report(value);
        }

        /// <summary>When the coverage was first reached; NaN when never, or when the solver does not report coverage (plain CP-SAT).</summary>
        public double Reached(double coverage) =>
            seen.FirstOrDefault(p => p.HardViolations == 0 && p.CoveragePercent >= coverage && p.CoveragePercent > 0)?.Elapsed.TotalSeconds ?? double.NaN;
    }
}
