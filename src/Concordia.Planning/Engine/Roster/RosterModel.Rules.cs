using Concordia.Planning.Engine.CpSat;
using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// One free agent's staff rules. Run lengths are clauses on "run starts here" (the strong form: a start implies
/// the next days), totals and weekends are linear; only constraints that touch a free day are stated.
/// </summary>
internal sealed partial class RosterModel
{
    /// <summary>A duty forbids the conflicting duties of the next day: one at-most-one per duty (a clique, not pairs).</summary>
    private void AddSuccessions(int k)
    {
        var a = agents[k];
        for (var day = Math.Max(0, from - 1); day <= Math.Min(r.Days - 2, to); day++)
        {
            var firstFree = day >= from;
            var secondFree = day + 1 <= to;
            var first = r.Options[a][day];
            var second = r.Options[a][day + 1];
            for (var i = 0; i < first.Length; i++)
            {
                if (!firstFree && s.Choice[a][day] != first[i])
                {
                    continue;
                }

                var clique = new List<ILiteral>();
                for (var j = 0; j < second.Length; j++)
                {
                    if (r.Conflict(a, first[i], second[j]))
                    {
                        if (secondFree)
                        {
                            clique.Add(x[k][day + 1 - from][j]);
                        }
                        else if (s.Choice[a][day + 1] == second[j] && firstFree)
                        {
                            Model.AddBoolOr([x[k][day - from][i].Not()]);
                        }
                    }
                }

                if (clique.Count == 0)
                {
                    continue;
                }

                if (firstFree)
                {
                    clique.Add(x[k][day - from][i]);
                    Model.AddAtMostOne(clique);
                }
                else
                {
                    foreach (var lit in clique)
                    {
                        Model.AddBoolOr([lit.Not()]);
                    }
                }
            }
        }
    }

    private void AddRuns(int k)
    {
        var l = r.Limits[agents[k]];
        if (r.MaxConsecutiveOn && l.MaxConsecutiveDays < r.Days)
        {
            var m = l.MaxConsecutiveDays;
            for (var st = Math.Max(0, from - m); st <= to && st + m < r.Days; st++)
            {
                var terms = Enumerable.Range(st, m + 1).Select(d => (Work(k, d), false)).ToArray();
                Clause(terms);
            }
        }

        if (r.MinConsecutiveOn && l.MinConsecutiveDays > 1)
        {
            // A run starting on day d (worked, d-1 off) covers days d+1..d+min-1; before day 0 counts as off unless
            // runs continue beyond the horizon, and so does after the last day.
            var m = l.MinConsecutiveDays;
            for (var d = Math.Max(r.EdgesOpen ? 1 : 0, from - m + 1); d <= Math.Min(r.Days - 1, to + 1); d++)
            {
                for (var j = 1; j < m; j++)
                {
                    if (d + j < r.Days)
                    {
                        Clause((Work(k, d), false), (Work(k, d - 1), true), (Work(k, d + j), true));
                    }
                    else if (!r.EdgesOpen)
                    {
                        Clause((Work(k, d), false), (Work(k, d - 1), true));
                    }
                }
            }
        }

        if (r.MinDaysOffOn && l.MinConsecutiveDaysOff > 1)
        {
            // Days off touching either edge are exempt: only a break between two worked days is checked.
            var m = l.MinConsecutiveDaysOff;
            for (var d = Math.Max(1, from - m + 1); d <= Math.Min(r.Days - 1, to + 1); d++)
            {
                for (var j = 1; j < m && d + j < r.Days; j++)
                {
                    Clause((Work(k, d - 1), false), (Work(k, d), true), (Work(k, d + j), false));
                }
            }
        }
    }

    private void AddWeekends(int k)
    {
        var l = r.Limits[agents[k]];
        if (!r.WeekendsOn || l.MaxWeekends == int.MaxValue)
        {
            return;
        }

        var fixedWeekends = 0;
        var vars = new List<BoolVar>();
        for (var day = 0; day < r.Days; day++)
        {
            if (r.P.WeekendKey(day) != day)
            {
                continue;
            }

            var both = r.P.WeekendKey(day + 1) == day;
            var lits = both ? new List<Lit> { Work(k, day), Work(k, day + 1) } : [Work(k, day)];

            if (lits.Any(x => x.IsConst && x.Const))
            {
                fixedWeekends++;
                continue;
            }

            var open = lits.Where(x => !x.IsConst).Select(x => x.Var!).ToArray();
            if (open.Length == 1)
            {
                vars.Add(open[0]);
            }
            else if (open.Length > 1)
            {
                var we = Model.NewBoolVar("");
                foreach (var v in open)
                {
                    Model.AddImplication(v, we);
                }

                hints.Add((we, s.Choice[agents[k]][day] >= 0 || (both && s.Choice[agents[k]][day + 1] >= 0) ? 1 : 0));
                vars.Add(we);
            }
        }

        if (fixedWeekends > l.MaxWeekends)
        {
            Contradicted = true;
        }

        if (vars.Count > 0 && fixedWeekends + vars.Count > l.MaxWeekends)
        {
            Model.Add(LinearExpr.Sum(vars) <= l.MaxWeekends - fixedWeekends);
        }
    }

    private void AddTotals(int k)
    {
        var a = agents[k];
        var l = r.Limits[a];
        var minutes = LinearExpr.NewBuilder();
        long fixedMinutes = 0, upper = 0;
        var kindCount = new int[r.P.KindIndex.Count];
        var kindVars = r.P.KindIndex.Keys.Select(_ => new List<BoolVar>()).ToArray();
        for (var day = 0; day < r.Days; day++)
        {
            if (day >= from && day <= to)
            {
                var opts = r.Options[a][day];
                var dayMax = 0;
                for (var i = 0; i < opts.Length; i++)
                {
                    minutes.AddTerm(x[k][day - from][i], r.Minutes(opts[i]));
                    dayMax = Math.Max(dayMax, r.Minutes(opts[i]));
                    kindVars[r.Kind(opts[i])].Add(x[k][day - from][i]);
                }

                upper += dayMax;
            }
            else if (s.Choice[a][day] is var d and >= 0)
            {
                fixedMinutes += r.Minutes(d);
                kindCount[r.Kind(d)]++;
            }
        }

        if (r.MaxTotalOn && l.MaxTotalMinutes != int.MaxValue && fixedMinutes + upper > l.MaxTotalMinutes)
        {
            Model.Add(minutes <= l.MaxTotalMinutes - fixedMinutes);
        }

        if (r.MinTotalOn && l.MinTotalMinutes > 0)
        {
            Model.Add(minutes >= l.MinTotalMinutes - fixedMinutes);
        }

        if (r.PerKindOn && l.MaxShiftsPerKind is { } perKind)
        {
            for (var kind = 0; kind < perKind.Length; kind++)
            {
                if (perKind[kind] != int.MaxValue && kindVars[kind].Count > 0 && kindCount[kind] + kindVars[kind].Count > perKind[kind])
                {
                    Model.Add(LinearExpr.Sum(kindVars[kind]) <= perKind[kind] - kindCount[kind]);
                }
            }
        }

        if (r.Per7DaysOn && l.MaxMinutesPer7Days != int.MaxValue)
        {
            AddWeeklyMinutes(k, l.MaxMinutesPer7Days);
        }
    }

    private void AddWeeklyMinutes(int k, int max)
    {
        var a = agents[k];
        var span = Math.Min(7, r.Days);
        for (var st = Math.Max(0, from - span + 1); st <= to && st + span <= r.Days; st++)
        {
            var expr = LinearExpr.NewBuilder();
            long constant = 0;
            for (var day = st; day < st + span; day++)
            {
                if (day >= from && day <= to)
                {
                    var opts = r.Options[a][day];
                    for (var i = 0; i < opts.Length; i++)
                    {
                        expr.AddTerm(x[k][day - from][i], r.Minutes(opts[i]));
                    }
                }
                else if (s.Choice[a][day] >= 0)
                {
                    constant += r.Minutes(s.Choice[a][day]);
                }
            }

            Model.Add(expr <= max - constant);
        }
    }
}
