using Concordia.Planning.Benchmarks.Curtois;
using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Pricing;
using Concordia.Planning.Engine.Roster;
using Concordia.Planning.Model;
using Concordia.Planning.Rules;

namespace Concordia.Planning.Tests.Pricing;

/// <summary>
/// Random small day rosters in the Curtois &amp; Qu shape (one to three shifts a day, contracts with minutes, runs,
/// days off, weekends and per-shift maxima, requests, cover with its own weights), over one to three weeks, with the
/// adjustable rules randomly switched off, hard or soft, so a schedule engine meets every rule in every setting.
/// </summary>
internal static class TinyRosters
{
    /// <summary>
    /// The first <paramref name="count"/> rosters of seeds 0, 1, … without switches that have two agents or more, a plan
    /// keeping every hard rule and a relaxation the column generation solves to the end within a minute.
    /// </summary>
    public static IEnumerable<RosterInstance> Converging(int count)
    {
        var found = 0;
        for (var seed = 0; found < count; seed++)
        {
            var r = new RosterInstance(new CompiledProblem(Problem(new Random(seed), switches: false)));
            if (r.Agents >= 2 && AgentGraph.All(r, 1, out _) is { } graphs && ColumnGeneration.For(r, out _, graphs) is { } probe)
            {
                using (probe)
                {
                    if (!probe.Run(Deadline.After(TimeProvider.System, TimeSpan.FromMinutes(1)), Tuning.BoundLabelLimit, CancellationToken.None) || !probe.Converged)
                    {
                        continue;
                    }
                }

                found++;
                yield return r;
            }
        }
    }

    public static PlanningProblem Problem(Random rng, bool switches = true)
    {
        var days = 5 + rng.Next(17);
        var shifts = new[] { ("E", 480), ("L", 600), ("N", 720) }.Take(1 + rng.Next(3))
            .Select(s => new CurtoisShift(s.Item1, s.Item2, s.Item1 == "N" && rng.Next(2) == 0 ? ["E"] : []))
            .ToArray();
        var staff = Enumerable.Range(0, 1 + rng.Next(3)).Select(i => new CurtoisStaff(
            $"n{i}",
            shifts.ToDictionary(s => s.Id, _ => rng.Next(4) == 0 ? rng.Next(days / 2) : days),
            MaxTotalMinutes: 480 * (1 + rng.Next(days)),
            MinTotalMinutes: rng.Next(2) == 0 ? 0 : 480 * rng.Next(days / 2),
            MaxConsecutiveShifts: 1 + rng.Next(6),
            MinConsecutiveShifts: 1 + rng.Next(3),
            MinConsecutiveDaysOff: 1 + rng.Next(3),
            MaxWeekends: rng.Next(4))).ToArray();
        var daysOff = staff.Where(_ => rng.Next(2) == 0)
            .ToDictionary(s => s.Id, _ => (IReadOnlyList<int>)[rng.Next(days)]);
        var on = Enumerable.Range(0, rng.Next(4)).Select(_ => Request(rng, staff, shifts, days)).DistinctBy(r => (r.StaffId, r.Day)).ToArray();
        var off = Enumerable.Range(0, rng.Next(4)).Select(_ => Request(rng, staff, shifts, days)).DistinctBy(r => (r.StaffId, r.Day, r.ShiftId)).ToArray();
        var cover = Enumerable.Range(0, days)
            .SelectMany(d => shifts.Select(s => new CurtoisCover(d, s.Id, rng.Next(3), 1 + rng.Next(100), 1 + rng.Next(3))))
            .ToArray();
        var instance = new CurtoisInstance(days, shifts, staff, daysOff, on, off, cover);
        var problem = CurtoisMapper.ToProblem(instance, "tiny-roster");
        if (!switches)
        {
            return problem;
        }

        var overrides = new Dictionary<string, RuleSetting>(problem.Rules.Overrides);
        foreach (var rule in RuleCatalog.Describe().Where(r => r.Adjustable && rng.Next(4) == 0))
        {
            overrides[rule.Name] = rng.Next(3) switch
            {
                0 => new RuleSetting(Enabled: false),
                1 => new RuleSetting(Hard: true),
                _ => new RuleSetting(Hard: false, Weight: 1 + rng.Next(50)),
            };
        }

        return problem with { Rules = problem.Rules with { Overrides = overrides, RunsContinueBeyondHorizon = rng.Next(3) > 0 } };
    }

    private static CurtoisRequest Request(Random rng, CurtoisStaff[] staff, CurtoisShift[] shifts, int days) =>
        new(staff[rng.Next(staff.Length)].Id, rng.Next(days), shifts[rng.Next(shifts.Length)].Id, 1 + rng.Next(5));
}
