using Concordia.Planning.Model;
using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.CpSat;

/// <summary>Horizon-wide counts of one free agent: weekends, total minutes, per-kind limits, fairness, requests.</summary>
internal sealed partial class SubModel
{
    private void AddWeekendRules(AgentView v, Limits l, int mult)
    {
        var maxRule = RuleOf<Rules.MaxWeekendsRule>();
        var fairRule = RuleOf<Rules.FairWeekendsRule>();
        var useMax = maxRule.Enabled && l.MaxWeekends != int.MaxValue;
        if (!useMax && !fairRule.Enabled)
        {
            return;
        }

        var weekends = new List<BoolVar>();
        var days = new List<BoolVar>();
        int fixedWeekends = 0, fixedDays = 0;
        for (var day = 0; day < p.Days; day++)
        {
            if (p.WeekendKey(day) != day)
            {
                continue;
            }

            var lits = new[] { Day(v, day), Day(v, day + 1) }.Where((_, i) => p.WeekendKey(day + i) == day).ToArray();
            foreach (var lit in lits)
            {
                if (lit.IsConst)
                {
                    fixedDays += lit.Const ? 1 : 0;
                }
                else
                {
                    days.Add(lit.Var!);
                }
            }

            if (lits.Any(x => x.IsConst && x.Const))
            {
                fixedWeekends++;
            }
            else if (lits.Any(x => !x.IsConst))
            {
                var wv = model.NewBoolVar("");
                model.AddMaxEquality(wv, lits.Where(x => !x.IsConst).Select(x => x.Var!));
                weekends.Add(wv);
            }
        }

        if (useMax && weekends.Count > 0 && fixedWeekends + weekends.Count > l.MaxWeekends)
        {
            var e = Excess("", weekends.Count);
            model.Add(LinearExpr.Sum(weekends) - e <= l.MaxWeekends - fixedWeekends);
            Penalise(e, maxRule, mult);
        }

        if (fairRule.Enabled && days.Count > 0 && fixedDays + days.Count > p.FairWeekendDays)
        {
            var e = Excess("", days.Count);
            model.Add(LinearExpr.Sum(days) - e <= p.FairWeekendDays - fixedDays);
            Penalise(e, fairRule, mult);
        }
    }

    private void AddTotals(AgentView v, Limits l, int mult)
    {
        if (v.Work.Count == 0)
        {
            return;
        }

        var minutes = LinearExpr.NewBuilder();
        long upper = 0;
        foreach (var (w, x) in v.Work)
        {
            minutes.AddTerm(x, p.WinEnd[w] - p.WinStart[w]);
            upper += p.WinEnd[w] - p.WinStart[w];
        }

        var fixedMinutes = p.TotalMinutes(v.FixedDuties);
        var maxRule = RuleOf<Rules.MaxTotalMinutesRule>();
        if (maxRule.Enabled && l.MaxTotalMinutes != int.MaxValue && fixedMinutes + upper > l.MaxTotalMinutes)
        {
            var h = Excess("", ((fixedMinutes + upper - l.MaxTotalMinutes) / 60) + 1);
            model.Add(minutes - (60 * h) <= l.MaxTotalMinutes - fixedMinutes);
            Penalise(h, maxRule, mult);
        }

        var minRule = RuleOf<Rules.MinTotalMinutesRule>();
        if (minRule.Enabled && l.MinTotalMinutes > 0)
        {
            var h = Excess("", (l.MinTotalMinutes / 60) + 1);
            model.Add(minutes + (60 * h) >= l.MinTotalMinutes - fixedMinutes);
            Penalise(h, minRule, mult);
        }

        var kindRule = RuleOf<Rules.MaxShiftsPerKindRule>();
        if (kindRule.Enabled && l.MaxShiftsPerKind is { } perKind)
        {
            for (var k = 0; k < perKind.Length; k++)
            {
                var ws = v.Work.Where(e => p.WinKind[e.Key] == k).Select(e => e.Value).ToArray();
                var c = v.FixedDuties.Count(d => p.WinKind[p.DemWindow[d]] == k);
                if (perKind[k] != int.MaxValue && ws.Length > 0 && c + ws.Length > perKind[k])
                {
                    var e = Excess("", ws.Length);
                    model.Add(LinearExpr.Sum(ws) - e <= perKind[k] - c);
                    Penalise(e, kindRule, mult);
                }
            }
        }

        var nightRule = RuleOf<Rules.FairNightsRule>();
        if (nightRule.Enabled)
        {
            var ws = v.Work.Where(e => p.WinNight[e.Key]).Select(e => e.Value).ToArray();
            var c = v.FixedDuties.Count(d => p.WinNight[p.DemWindow[d]]);
            if (ws.Length > 0 && c + ws.Length > p.FairNights)
            {
                var e = Excess("", ws.Length);
                model.Add(LinearExpr.Sum(ws) - e <= p.FairNights - c);
                Penalise(e, nightRule, mult);
            }
        }
    }

    private void AddPreferences(AgentView v, int member)
    {
        var rule = RuleOf<Rules.PreferenceRule>();
        if (!rule.Enabled)
        {
            return;
        }

        foreach (var pref in p.StaffPreferences[member])
        {
            if (v.FixedDuties.Any(d => p.Matches(pref, d)))
            {
                continue;
            }

            var matching = v.Options.Where(x => p.Matches(pref, x.Demand)).Select(x => x.X).ToArray();
            if (matching.Length == 0)
            {
                continue;
            }

            var viol = model.NewBoolVar("");
            if (pref.Kind == PreferenceKind.Prefer)
            {
                model.Add(LinearExpr.Sum(matching) + viol >= 1);
            }
            else
            {
                foreach (var x in matching)
                {
                    model.AddImplication(x, viol);
                }
            }

            Penalise(viol, rule, pref.Weight);
        }
    }

    private void AddDisruption(AgentView v, int member)
    {
        var rule = RuleOf<Rules.DisruptionRule>();
        if (!rule.Enabled)
        {
            return;
        }

        foreach (var d in p.StaffPublished[member])
        {
            if (!InScope(d))
            {
                continue;
            }

            foreach (var (_, dd, x) in v.Options)
            {
                if (dd == d)
                {
                    Penalise(1 - x, rule);
                }
            }
        }
    }
}
