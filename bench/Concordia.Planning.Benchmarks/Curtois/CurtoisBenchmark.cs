using System.Globalization;
using Concordia.Planning.Model;
using Concordia.Planning.Solving;
using Concordia.Planning.Validation;
using Microsoft.Extensions.Logging;

namespace Concordia.Planning.Benchmarks.Curtois;

/// <summary>
/// Runs the engine and the plain CP-SAT model on Curtois &amp; Qu instances, writes each engine roster, and
/// re-validates the roster file so every reported objective comes from the validator.
/// </summary>
public sealed class CurtoisBenchmark(string folder, string? rosterFolder, int threads, int seed, ILogger<PlanningEngine>? log = null)
{
    public static IReadOnlyDictionary<string, long> ReadBestKnown(string folder)
    {
        var path = Path.Combine(folder, "best_known.csv");
        var map = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return map;
        }

        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            if (f.Length >= 5 && long.TryParse(f[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            {
                map[f[0].Trim()] = v;
            }
        }

        return map;
    }

    public CurtoisRow Run(int instance, IReadOnlyList<TimeSpan> checkpoints, CancellationToken ct, bool baseline = true, TimeSpan? boundLimit = null)
    {
        var name = $"Instance{instance}";
        var best = ReadBestKnown(folder).TryGetValue(name, out var b) ? b : (long?)null;
        var path = Path.Combine(folder, name + ".txt");
        if (!File.Exists(path))
        {
            return new CurtoisRow(name, best, [], [], "", false, $"missing {path}");
        }

        var parsed = CurtoisReader.Parse(File.ReadAllText(path));
        if (!parsed.Ok)
        {
            return new CurtoisRow(name, best, [], [], "", false, string.Join("; ", parsed.Errors));
        }

        var inst = parsed.Value!;
        var problem = CurtoisMapper.ToProblem(inst, name);
        var limit = checkpoints.Max();
        var options = new SolveOptions { TimeLimit = limit, Seed = seed, Threads = threads };

        var engineTrace = new Trace();
        var engine = new PlanningEngine(log).Solve(problem, options, engineTrace, ct);
        var agrees = engine.Report.Objective == engineTrace.LastObjective && engine.Report.HardViolations == engineTrace.LastHard;
        var roster = RosterFile.Write(inst, engine.Plan.Assignments);
        if (rosterFolder is not null)
        {
            Directory.CreateDirectory(rosterFolder);
            File.WriteAllText(Path.Combine(rosterFolder, name + ".roster"), roster);
        }

        // The roster file, read back, must score exactly what the engine reported.
        var reread = RosterFile.Read(inst, roster, name);
        var fromRoster = reread.Ok ? PlanValidator.Validate(problem, reread.Value!.Assignments) : null;
        agrees &= fromRoster is not null && fromRoster.Objective == engine.Report.Objective && fromRoster.HardViolations == engine.Report.HardViolations;

        var bound = boundLimit is { } boundTime ? LowerBound.Compute(problem, boundTime, ct) : null;
        if (!baseline)
        {
            var engineOnly = checkpoints.Select(t => t == limit ? (engine.Report.Feasible ? engine.Report.Objective : null) : engineTrace.At(t)).ToArray();
            return new CurtoisRow(name, best, engineOnly, checkpoints.Select(_ => (long?)null).ToArray(), "not run", agrees, Bound: bound);
        }

        var cpTrace = new Trace();
        var cp = new CpSatBaselineSolver().Solve(problem, options, cpTrace, ct);
        var cpFinal = cp.Report.Feasible && cp.Plan.Assignments.Count > 0 ? cp.Report.Objective : (long?)null;
        agrees &= cpFinal is null || cpTrace.LastObjective == cpFinal;

        return new CurtoisRow(
            name,
            best,
            checkpoints.Select(t => t == limit ? (engine.Report.Feasible ? engine.Report.Objective : null) : engineTrace.At(t)).ToArray(),
            checkpoints.Select(t => t == limit ? cpFinal : cpTrace.At(t)).ToArray(),
            cp.Stats.Solver,
            agrees,
            Bound: bound);
    }

    /// <summary>Improvement trace of feasible plans: (elapsed, objective).</summary>
    private sealed class Trace : IProgress<PlanProgress>
    {
        private readonly List<(TimeSpan At, long Objective)> points = [];

        public long LastObjective { get; private set; } = -1;

        public long LastHard { get; private set; } = -1;

        public void Report(PlanProgress value)
        {
            LastObjective = value.Objective;
            LastHard = value.HardViolations;
            if (value.HardViolations == 0)
            {
                points.Add((value.Elapsed, value.Objective));
            }
        }

        public long? At(TimeSpan t)
        {
            long? v = null;
            foreach (var (at, objective) in points)
            {
                if (at <= t)
                {
                    v = objective;
                }
            }

            return v;
        }
    }
}
