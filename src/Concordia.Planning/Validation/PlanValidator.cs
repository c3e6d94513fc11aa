using Concordia.Planning.Engine;
using Concordia.Planning.Model;
using Concordia.Planning.Rules;

namespace Concordia.Planning.Validation;

/// <summary>
/// Recomputes a plan's feasibility and cost from the problem and the assignments alone. The engine, the tests,
/// the benchmarks and <c>concordia validate</c> all use this one validator.
/// </summary>
public static class PlanValidator
{
    public static PlanReport Validate(PlanningProblem problem, IReadOnlyList<Assignment> assignments) =>
        Validate(new CompiledProblem(problem), assignments);

    internal static PlanReport Validate(CompiledProblem p, IReadOnlyList<Assignment> assignments)
    {
        var sink = new ViolationSink(p);
        var duties = new List<int>?[p.StaffCount];
        long structure = 0;
        for (var i = 0; i < assignments.Count; i++)
        {
            var a = assignments[i];
            var problem = Describe(p, a, out var s, out var d);
            if (problem is null)
            {
                var list = duties[s] ??= new List<int>(8);
                if (!list.Contains(d))
                {
                    list.Add(d);
                    continue;
                }

                problem = "listed twice";
            }

            structure++;
            sink.Add(p.Rules.Get<PlanStructureRule>(), 1, 0, $"assignments[{i}]: {problem}", a.StaffId, a.SiteId, a.WindowId);
        }

        var sorted = new int[p.StaffCount][];
        for (var s = 0; s < p.StaffCount; s++)
        {
            var arr = duties[s]?.ToArray() ?? [];
            Array.Sort(arr, p.CompareDuties);
            sorted[s] = arr;
        }

        var team = CheckTeams(p, sorted, sink);
        var counts = Count(p, sorted);
        var totals = new Dictionary<string, (long Amount, long Cost)>();
        var score = Evaluator.Full(p, sorted, counts, sink);
        foreach (var v in sink.Items)
        {
            var t = totals.GetValueOrDefault(v.Rule);
            totals[v.Rule] = (t.Amount + v.Amount, t.Cost + v.Cost);
        }

        long required = 0, covered = 0;
        var unmet = new List<UnmetDemand>();
        for (var d = 0; d < p.DemandCount; d++)
        {
            required += p.DemRequired[d];
            covered += Math.Min(p.DemRequired[d], counts.DemandUnits[d]);
            if (counts.DemandUnits[d] < p.DemRequired[d])
            {
                var dem = p.Source.Demands[d];
                unmet.Add(new UnmetDemand(dem.SiteId, dem.WindowId, dem.Capability, dem.Required, dem.Required - counts.DemandUnits[d]));
            }
        }

        return new PlanReport
        {
            HardViolations = score.Hard + structure + team,
            Objective = score.Soft,
            CoveragePercent = required == 0 ? 100 : Math.Round(100.0 * covered / required, 3),
            ByRule = p.Rules.All.Where(r => r.Enabled)
                .Select(r => new RuleTotal(r.Name, r.Hard, totals.GetValueOrDefault(r.Name).Amount, totals.GetValueOrDefault(r.Name).Cost))
                .ToArray(),
            Violations = sink.Items,
            Unmet = unmet,
        };
    }

    /// <summary>What is wrong with the assignment itself, or null with its member and demand.</summary>
    private static string? Describe(CompiledProblem p, Assignment a, out int s, out int d)
    {
        d = -1;
        if (!p.StaffIndex.TryGetValue(a.StaffId, out s))
        {
            return $"unknown member '{a.StaffId}'";
        }

        if (!p.SiteIndex.TryGetValue(a.SiteId, out var site))
        {
            return $"unknown site '{a.SiteId}'";
        }

        if (!p.WindowIndex.TryGetValue(a.WindowId, out var w))
        {
            return $"unknown window '{a.WindowId}'";
        }

        if (!p.CapIndex.TryGetValue(a.Capability, out var cap) || !p.DemandIndex.TryGetValue((site, w, cap), out d))
        {
            return $"no demand for '{a.Capability}' at '{a.SiteId}' in '{a.WindowId}'";
        }

        return p.AgentHasCap(p.StaffAgent[s], cap) ? null : $"'{a.StaffId}' does not have capability '{a.Capability}'";
    }

    private static long CheckTeams(CompiledProblem p, int[][] duties, ViolationSink sink)
    {
        long amount = 0;
        foreach (var members in p.AgentMembers)
        {
            for (var i = 1; i < members.Length; i++)
            {
                var mismatch = duties[members[0]].Except(duties[members[i]]).Count() + duties[members[i]].Except(duties[members[0]]).Count();
                if (mismatch > 0)
                {
                    amount += mismatch;
                    sink.Add(p.Rules.Get<TeamTogetherRule>(), mismatch, 0, $"{mismatch} duties not shared with team member {p.Source.Staff[members[0]].Id}", members[i]);
                }
            }
        }

        return amount;
    }

    /// <summary>Units per demand count each team once; people per cell count each person.</summary>
    private static PlanCounts Count(CompiledProblem p, int[][] duties)
    {
        var counts = new PlanCounts(p);
        var unitSeen = new HashSet<(int Agent, int Demand)>();
        for (var s = 0; s < p.StaffCount; s++)
        {
            // Only teams can put one unit on a demand twice; single members need no set.
            var team = p.AgentMembers[p.StaffAgent[s]].Length > 1;
            foreach (var d in duties[s])
            {
                if (!team || unitSeen.Add((p.StaffAgent[s], d)))
                {
                    counts.DemandUnits[d]++;
                }
            }
        }

        var people = new PlanCounts(p);
        for (var s = 0; s < p.StaffCount; s++)
        {
            foreach (var d in duties[s])
            {
                CountPerson(p, people, s, d);
            }
        }

        Array.Copy(counts.DemandUnits, people.DemandUnits, counts.DemandUnits.Length);
        return people;
    }

    private static void CountPerson(CompiledProblem p, PlanCounts c, int s, int d)
    {
        if (!p.StaffPerson[s])
        {
            return;
        }

        var cell = p.DemCell[d];
        if (p.StaffNoPowers[s])
        {
            c.CellNoPowers[cell]++;
        }
        else
        {
            c.CellWithPowers[cell]++;
        }

        if (p.StaffCommandGroup[s] >= 0)
        {
            c.AddCommand(cell, p.StaffCommandGroup[s], 1, 0);
        }

        if (p.StaffLeadsGroup[s] >= 0)
        {
            c.AddCommand(cell, p.StaffLeadsGroup[s], 0, 1);
        }

        if (p.StaffHost[s])
        {
            c.CellHost[cell]++;
        }
        else
        {
            c.CellForeign[cell]++;
            c.CellHostsNeeded[cell] += p.StaffHostsNeeded[s];
        }

        foreach (var n in p.CellNeeds[cell])
        {
            if (Array.IndexOf(p.StaffLanguages[s], p.NeedLanguage[n]) >= 0)
            {
                c.NeedSpeakers[n]++;
            }

            if (p.NeedCountry[n] >= 0 && p.StaffCountry[s] == p.NeedCountry[n])
            {
                c.NeedNationals[n]++;
            }
        }
    }
}
