using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.CpSat;

/// <summary>One free agent: its duty variables and the pairwise rules (overlap, rest, changeover, succession).</summary>
internal sealed partial class SubModel
{
    private void BuildAgent(int a)
    {
        var members = p.AgentMembers[a];
        var rules = p.Rules;
        var fixedDuties = s.Duties(a).Where(d => !InScope(d)).ToArray();
        var work = new Dictionary<int, BoolVar>();
        var rest = 0;
        var maxShift = int.MaxValue;
        foreach (var m in members)
        {
            rest = Math.Max(rest, rules.Staff.OfType<Rules.MinRestRule>().Single().Enabled ? p.StaffLimits[m].MinRestMinutes : 0);
            maxShift = Math.Min(maxShift, p.StaffLimits[m].MaxShiftMinutes);
        }

        var firstOption = xs.Count;
        var checkAvailability = Enabled<Rules.AvailabilityRule>();
        var checkLength = Enabled<Rules.MaxShiftLengthRule>();
        for (var day = Math.Max(0, n.From); day <= Math.Min(p.Days - 1, n.To); day++)
        {
            foreach (var w in p.DayWindows[day])
            {
                if (p.WinStart[w] < p.FrozenUntil
                    || (checkAvailability && !p.AgentAvailable(a, w))
                    || (checkLength && p.WinEnd[w] - p.WinStart[w] > maxShift))
                {
                    continue;
                }

                var options = new List<BoolVar>();
                foreach (var d in p.WindowDemands[w])
                {
                    if (!p.AgentHasCap(a, p.DemCap[d]) || !InScope(d))
                    {
                        continue;
                    }

                    var x = model.NewBoolVar("");
                    xs.Add((a, d, x));
                    (byDemand.TryGetValue(d, out var list) ? list : byDemand[d] = []).Add((a, x));
                    options.Add(x);
                }

                if (options.Count == 1)
                {
                    work[w] = options[0];
                }
                else if (options.Count > 1)
                {
                    var wv = model.NewBoolVar("");
                    model.Add(LinearExpr.Sum(options) == wv);
                    work[w] = wv;
                }
            }
        }

        var agent = new AgentView(a, work, fixedDuties, xs.GetRange(firstOption, xs.Count - firstOption).ToArray());
        AddPairwise(agent, rest);
        foreach (var group in members.GroupBy(m => p.StaffLimits[m]))
        {
            AddDayRules(agent, group.Key, group.Count());
            AddTotals(agent, group.Key, group.Count());
        }

        foreach (var m in members)
        {
            AddPreferences(agent, m);
            AddDisruption(agent, m);
        }
    }

    private bool Enabled<T>()
        where T : Rules.Rule => p.Rules.All.OfType<T>().Single().Enabled;

    private T RuleOf<T>()
        where T : Rules.Rule => p.Rules.All.OfType<T>().Single();

    private void AddPairwise(AgentView agent, int rest)
    {
        var work = agent.Work;
        var fixedDuties = agent.FixedDuties;
        var overlapOn = Enabled<Rules.OneAtATimeRule>();
        var changeOn = Enabled<Rules.ChangeoverRule>();
        var succOn = Enabled<Rules.ForbiddenSuccessionRule>();
        var entries = work.Keys.Select(w => (W: w, Fixed: -1))
            .Concat(fixedDuties.Select(d => (W: p.DemWindow[d], Fixed: d)))
            .OrderBy(e => p.WinStart[e.W]).ThenBy(e => e.W)
            .ToArray();
        var reach = Math.Max(rest, changeOn ? p.MaxTravel : 0);

        // Windows of one day that share an instant (all shifts of a benchmark day) form one at-most-one.
        var cliqueDays = new HashSet<int>();
        if (overlapOn)
        {
            foreach (var day in work.Keys.GroupBy(w => p.WinDay[w]))
            {
                var ws = day.ToArray();
                if (ws.Length > 2 && ws.Max(w => p.WinStart[w]) < ws.Min(w => p.WinEnd[w]))
                {
                    model.AddAtMostOne(ws.Select(w => (ILiteral)work[w]));
                    cliqueDays.Add(day.Key);
                }
            }
        }
        for (var i = 0; i < entries.Length; i++)
        {
            var (w1, f1) = entries[i];
            for (var j = i + 1; j < entries.Length; j++)
            {
                var (w2, f2) = entries[j];
                if (p.WinStart[w2] >= p.WinEnd[w1] + reach && p.WinDay[w2] > p.WinDay[w1] + 1)
                {
                    break;
                }

                if ((f1 >= 0 && f2 >= 0) || (f1 < 0 && f2 < 0 && p.WinDay[w1] == p.WinDay[w2] && cliqueDays.Contains(p.WinDay[w1])))
                {
                    continue;
                }

                var gap = p.WinStart[w2] - p.WinEnd[w1];
                var conflict = (overlapOn && gap < 0) || (gap >= 0 && gap < rest)
                    || (succOn && p.WinDay[w2] - p.WinDay[w1] == 1 && p.ForbiddenAfter[p.WinKind[w1], p.WinKind[w2]]);
                if (conflict)
                {
                    Exclude(f1 >= 0 ? null : work[w1], f2 >= 0 ? null : work[w2]);
                }
                else if (changeOn && gap >= 0 && gap < p.MaxTravel)
                {
                    AddChangeover(agent, w1, f1, w2, f2, gap);
                }
            }
        }
    }

    /// <summary>At most one of two duties; a null side is a fixed duty that is worked.</summary>
    private void Exclude(BoolVar? v1, BoolVar? v2)
    {
        if (v1 is null && v2 is null)
        {
            return;
        }

        if (v1 is null || v2 is null)
        {
            model.AddBoolOr([(v1 ?? v2)!.Not()]);
            return;
        }

        model.AddBoolOr([v1.Not(), v2.Not()]);
    }

    private void AddChangeover(AgentView agent, int w1, int f1, int w2, int f2, int gap)
    {
        var first = f1 >= 0 ? [(f1, (BoolVar?)null)] : agent.Options.Where(x => p.DemWindow[x.Demand] == w1).Select(x => (x.Demand, (BoolVar?)x.X)).ToArray();
        var second = f2 >= 0 ? [(f2, (BoolVar?)null)] : agent.Options.Where(x => p.DemWindow[x.Demand] == w2).Select(x => (x.Demand, (BoolVar?)x.X)).ToArray();
        foreach (var (d1, x1) in first)
        {
            foreach (var (d2, x2) in second)
            {
                if (gap < p.Changeover(p.DemSite[d1], p.DemSite[d2]))
                {
                    Exclude(x1, x2);
                }
            }
        }
    }
}
