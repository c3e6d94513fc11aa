using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.CpSat;

/// <summary>Day-based rules of one free agent, for members sharing one set of limits (counted <c>mult</c> times).</summary>
internal sealed partial class SubModel
{
    private readonly Dictionary<(int Agent, int Day), Lit> dayLits = [];

    private Lit Day(AgentView v, int day)
    {
        if (day < 0 || day >= p.Days)
        {
            return Lit.False;
        }

        if (dayLits.TryGetValue((v.Agent, day), out var lit))
        {
            return lit;
        }

        var fixedWorked = v.FixedDuties.Any(d => p.WinDay[p.DemWindow[d]] == day);
        var vars = fixedWorked ? [] : p.DayWindows[day].Where(v.Work.ContainsKey).Select(w => v.Work[w]).ToArray();
        if (fixedWorked || vars.Length == 0)
        {
            lit = fixedWorked ? Lit.True : Lit.False;
        }
        else if (vars.Length == 1)
        {
            lit = new Lit(vars[0], false);
        }
        else
        {
            var dv = model.NewBoolVar("");
            model.AddMaxEquality(dv, vars);
            lit = new Lit(dv, false);
        }

        dayLits[(v.Agent, day)] = lit;
        return lit;
    }

    private void AddDayRules(AgentView v, Limits l, int mult)
    {
        if (v.Work.Count == 0)
        {
            return;
        }

        var from = Math.Max(0, n.From);
        var to = Math.Min(p.Days - 1, n.To);
        var maxRule = RuleOf<Rules.MaxConsecutiveDaysRule>();
        var minRule = RuleOf<Rules.MinConsecutiveDaysRule>();
        var offRule = RuleOf<Rules.MinConsecutiveDaysOffRule>();
        var maxOn = maxRule.Enabled && l.MaxConsecutiveDays < p.Days;
        var minOn = minRule.Enabled && l.MinConsecutiveDays > 1;
        var offOn = offRule.Enabled && l.MinConsecutiveDaysOff > 1;
        if (strict && n.From <= 0 && n.To >= p.Days - 1 && (maxOn || minOn || offOn)
            && (!maxOn || maxRule.Hard) && (!minOn || minRule.Hard) && (!offOn || offRule.Hard))
        {
            // Over the whole horizon the three run-length rules are one automaton, which CP-SAT propagates far
            // better than the sums and forbidden patterns below.
            AddRunAutomaton(v, maxOn ? l.MaxConsecutiveDays : int.MaxValue, minOn ? l.MinConsecutiveDays : 1, offOn ? l.MinConsecutiveDaysOff : 1);
            maxOn = minOn = offOn = false;
        }

        if (maxOn)
        {
            var m = l.MaxConsecutiveDays;
            for (var st = Math.Max(0, from - m); st <= to && st + m < p.Days; st++)
            {
                var vars = new List<BoolVar>();
                var c = 0;
                for (var k = st; k <= st + m; k++)
                {
                    var lit = Day(v, k);
                    if (lit.IsConst)
                    {
                        c += lit.Const ? 1 : 0;
                    }
                    else
                    {
                        vars.Add(lit.Var!);
                    }
                }

                if (vars.Count > 0 && c + vars.Count > m)
                {
                    var viol = model.NewBoolVar("");
                    model.Add(LinearExpr.Sum(vars) - viol <= m - c);
                    Penalise(viol, maxRule, mult);
                }
            }
        }

        if (minOn)
        {
            AddBlockPatterns(v, l.MinConsecutiveDays, work: true, minRule, mult, from, to);
        }

        if (offOn)
        {
            AddBlockPatterns(v, l.MinConsecutiveDaysOff, work: false, offRule, mult, from, to);
        }

        var weekRule = RuleOf<Rules.MaxMinutesPer7DaysRule>();
        if (weekRule.Enabled && l.MaxMinutesPer7Days != int.MaxValue)
        {
            var span = Math.Min(7, p.Days);
            for (var st = Math.Max(0, from - span + 1); st <= to && st + span <= p.Days; st++)
            {
                AddMinutesCap(v, st, st + span - 1, l.MaxMinutesPer7Days, weekRule, mult);
            }
        }

        AddWeekendRules(v, l, mult);
    }

    /// <summary>
    /// States: 0 = off for long enough (also before the horizon), 1..W = working k days in a row (W loops when
    /// there is no maximum), then W+j = off j days after a run (j below the minimum). Ending off is always fine
    /// (days after the horizon are off); ending in a run needs the minimum run length, unless runs continue beyond
    /// the horizon: then any run may end it, and a run from day 0 goes through its own states E1..EW, which may
    /// stop short of the minimum.
    /// </summary>
    private void AddRunAutomaton(AgentView v, int maxWork, int minWork, int minOff)
    {
        var unlimited = maxWork >= p.Days;
        var w = unlimited ? Math.Max(1, minWork) : maxWork;
        var days = Enumerable.Range(0, p.Days).Select(d => Day(v, d)).Select(l => l.IsConst ? LinearExpr.Constant(l.Const ? 1 : 0) : (LinearExpr)l.Var!).ToArray();
        var open = p.Rules.RunsContinueBeyondHorizon;
        var finals = new List<long> { 0 };
        for (var k = open ? 1 : minWork; k <= w; k++)
        {
            finals.Add(k);
        }

        for (var j = 1; j < minOff; j++)
        {
            finals.Add(w + j);
        }

        // Open edges: a start state S and edge-run states E1..EW after the regular ones.
        var start = w + Math.Max(1, minOff);
        var automaton = model.AddAutomaton(days, open ? start : 0, open ? [.. finals, .. Enumerable.Range(start, w + 1).Select(x => (long)x)] : finals);
        if (open)
        {
            automaton.AddTransition(start, 0, 0);
            automaton.AddTransition(start, start + 1, 1);
            for (var k = 1; k <= w; k++)
            {
                if (k < w || unlimited)
                {
                    automaton.AddTransition(start + k, start + Math.Min(w, k + 1), 1);
                }

                automaton.AddTransition(start + k, minOff > 1 ? w + 1 : 0, 0);
            }
        }

        automaton.AddTransition(0, 0, 0);
        automaton.AddTransition(0, 1, 1);
        for (var k = 1; k <= w; k++)
        {
            if (k < w)
            {
                automaton.AddTransition(k, k + 1, 1);
            }
            else if (unlimited)
            {
                automaton.AddTransition(k, k, 1);
            }

            if (k >= minWork)
            {
                automaton.AddTransition(k, minOff > 1 ? w + 1 : 0, 0);
            }
        }

        for (var j = 1; j < minOff; j++)
        {
            automaton.AddTransition(w + j, j + 1 >= minOff ? 0 : w + j + 1, 0);
        }
    }

    /// <summary>Forbids blocks of worked (or free) days shorter than <paramref name="min"/>, each as a soft clause.</summary>
    private void AddBlockPatterns(AgentView v, int min, bool work, Rules.Rule rule, int mult, int from, int to)
    {
        for (var len = 1; len < min; len++)
        {
            for (var st = from - len; st <= to + 1; st++)
            {
                var edgesExempt = !work || p.Rules.RunsContinueBeyondHorizon;
                if (st < 0 || st + len > p.Days || (edgesExempt && (st - 1 < 0 || st + len >= p.Days)))
                {
                    continue;
                }

                // The pattern "edge, block, edge" must touch a free day, or it is fixed already.
                if (st + len < from - 1 || st - 1 > to + 1)
                {
                    continue;
                }

                var lits = new List<ILiteral>();
                var open = Clause(lits, Day(v, st - 1), work);
                for (var k = st; k < st + len && open; k++)
                {
                    open = Clause(lits, Day(v, k), !work);
                }

                open = open && Clause(lits, Day(v, st + len), work);
                if (!open || lits.Count == 0)
                {
                    continue;
                }

                var viol = model.NewBoolVar("");
                lits.Add(viol);
                model.AddBoolOr(lits);
                Penalise(viol, rule, (long)(min - len) * mult);
            }
        }
    }

    private void AddMinutesCap(AgentView v, int fromDay, int toDay, int max, Rules.Rule rule, int mult)
    {
        var expr = LinearExpr.NewBuilder();
        var any = false;
        long upper = 0;
        foreach (var (w, x) in v.Work)
        {
            if (p.WinDay[w] >= fromDay && p.WinDay[w] <= toDay)
            {
                expr.AddTerm(x, p.WinEnd[w] - p.WinStart[w]);
                upper += p.WinEnd[w] - p.WinStart[w];
                any = true;
            }
        }

        var c = v.FixedDuties.Where(d => p.WinDay[p.DemWindow[d]] >= fromDay && p.WinDay[p.DemWindow[d]] <= toDay)
            .Sum(d => p.WinEnd[p.DemWindow[d]] - p.WinStart[p.DemWindow[d]]);
        if (!any || c + upper <= max)
        {
            return;
        }

        var hours = Excess("", ((c + upper - max) / 60) + 1);
        model.Add(expr - (60 * hours) <= max - c);
        Penalise(hours, rule, mult);
    }
}
