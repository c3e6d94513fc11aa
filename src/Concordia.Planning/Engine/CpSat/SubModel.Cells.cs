using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.CpSat;

/// <summary>Cell rules (coverage, joint patrols, languages) over the free duties plus the fixed rest of the plan.</summary>
internal sealed partial class SubModel
{
    private void BuildCells()
    {
        // What the fixed part of the plan contributes: current tallies minus the free agents' in-scope duties.
        var baseCounts = new PlanCounts(p);
        baseCounts.CopyFrom(s.Counts);
        foreach (var a in n.Agents)
        {
            foreach (var d in s.Duties(a))
            {
                if (InScope(d))
                {
                    baseCounts.Apply(p, a, d, -1);
                }
            }
        }

        var rules = p.Rules;
        var byCell = new Dictionary<int, List<(int Agent, int Demand, BoolVar X)>>();
        foreach (var (d, list) in byDemand)
        {
            var units = LinearExpr.Sum(list.Select(e => e.X)) + baseCounts.DemandUnits[d];
            if (rules.Coverage.Enabled && p.DemRequired[d] > baseCounts.DemandUnits[d])
            {
                var under = Excess("", p.DemRequired[d]);
                model.Add(units + under >= p.DemRequired[d]);
                if (rules.Coverage.Hard)
                {
                    Penalise(under, rules.Coverage);
                }
                else
                {
                    objective.AddTerm(under, p.DemUnder[d]);
                }
            }

            if (rules.OverCover.Enabled && baseCounts.DemandUnits[d] + list.Count > p.DemRequired[d])
            {
                var over = Excess("", list.Count + baseCounts.DemandUnits[d]);
                model.Add(units - over <= p.DemRequired[d]);
                if (rules.OverCover.Hard)
                {
                    Penalise(over, rules.OverCover);
                }
                else
                {
                    objective.AddTerm(over, p.DemOver[d]);
                }
            }

            var cell = p.DemCell[d];
            (byCell.TryGetValue(cell, out var cl) ? cl : byCell[cell] = []).AddRange(list.Select(e => (e.Agent, d, e.X)));
        }

        foreach (var (cell, list) in byCell)
        {
            AddJointPatrol(cell, list, baseCounts);
            AddLanguages(cell, list, baseCounts);
        }
    }

    private void AddJointPatrol(int cell, List<(int Agent, int Demand, BoolVar X)> list, PlanCounts baseCounts)
    {
        var rule = RuleOf<Rules.JointPatrolRule>();
        var foreign = LinearExpr.NewBuilder().Add(baseCounts.CellForeign[cell]);
        var host = LinearExpr.NewBuilder().Add(baseCounts.CellHost[cell]);
        var anyForeign = baseCounts.CellForeign[cell] > 0;
        long maxForeign = baseCounts.CellForeign[cell];
        foreach (var (a, _, x) in list)
        {
            var f = p.AgentMembers[a].Count(m => p.StaffPerson[m] && !p.StaffHost[m]);
            var h = p.AgentMembers[a].Count(m => p.StaffPerson[m] && p.StaffHost[m]);
            foreign.AddTerm(x, f);
            host.AddTerm(x, h);
            anyForeign |= f > 0;
            maxForeign += f;
        }

        if (!rule.Enabled || !anyForeign)
        {
            return;
        }

        var missing = Excess("", maxForeign * p.Rules.HostsPerForeign);
        model.Add((p.Rules.HostsPerForeign * foreign) - host - missing <= 0);
        Penalise(missing, rule);
    }

    private void AddLanguages(int cell, List<(int Agent, int Demand, BoolVar X)> list, PlanCounts baseCounts)
    {
        var langRule = RuleOf<Rules.LanguageCoverRule>();
        var countryRule = RuleOf<Rules.VisitorCountryRule>();
        foreach (var need in p.CellNeeds[cell])
        {
            if (langRule.Enabled && baseCounts.NeedSpeakers[need] < p.NeedSpeakers[need])
            {
                var speakers = LinearExpr.NewBuilder().Add(baseCounts.NeedSpeakers[need]);
                foreach (var (a, _, x) in list)
                {
                    speakers.AddTerm(x, p.AgentMembers[a].Count(m => p.StaffPerson[m] && Array.IndexOf(p.StaffLanguages[m], p.NeedLanguage[need]) >= 0));
                }

                var missing = Excess("", p.NeedSpeakers[need]);
                model.Add(speakers + missing >= p.NeedSpeakers[need]);
                Penalise(missing, langRule);
            }

            if (countryRule.Enabled && p.NeedCountry[need] >= 0 && baseCounts.NeedNationals[need] < p.NeedSpeakers[need])
            {
                var nationals = LinearExpr.NewBuilder().Add(baseCounts.NeedNationals[need]);
                foreach (var (a, _, x) in list)
                {
                    nationals.AddTerm(x, p.AgentMembers[a].Count(m => p.StaffPerson[m] && p.StaffCountry[m] == p.NeedCountry[need]));
                }

                var missing = Excess("", p.NeedSpeakers[need]);
                model.Add(nationals + missing >= p.NeedSpeakers[need]);
                Penalise(missing, countryRule);
            }
        }
    }
}
