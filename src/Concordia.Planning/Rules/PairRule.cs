using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>
/// A rule about two duties of one member (overlap, rest, travel, succession): each pair of duties that conflict is
/// one unit. Its incremental evaluation and cheap test look only at the duties within <see cref="Reach"/> of the
/// one that changes. As a binding rule its encoding puts each duty in an at-most-one with every group of conflicting
/// later duties that overlap one another (one at a time makes them exclusive anyway); as a soft one each
/// conflicting pair of chosen duties costs.
/// </summary>
internal abstract class PairRule : StaffRule
{
    /// <summary>Whether <paramref name="later"/> breaks this rule after <paramref name="earlier"/> (which sorts first) for the member.</summary>
    public abstract bool Conflicts(CompiledProblem p, int staff, int earlier, int later);

    /// <summary>Largest difference of window starts, in minutes, at which two duties can conflict.</summary>
    public abstract int Reach(CompiledProblem p, int staff);

    /// <summary>Whether a conflict depends on the duties' sites (else on their windows alone).</summary>
    protected virtual bool SiteDependent => false;

    protected abstract string Explain(CompiledProblem p, int staff, int earlier, int later);

    public sealed override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var reach = Reach(p, staff);
        long amount = 0;
        for (var i = 0; i < duties.Length; i++)
        {
            for (var j = i + 1; j < duties.Length && Start(p, duties[j]) - Start(p, duties[i]) < reach; j++)
            {
                if (Conflicts(p, staff, duties[i], duties[j]))
                {
                    amount++;
                    var d = duties[j];
                    sink?.Add(this, 1, CostOf(1), Explain(p, staff, duties[i], d), staff, p.DemSite[d], p.DemWindow[d], DayOf(p, d));
                }
            }
        }

        return Charge(amount);
    }

    public sealed override Score? Delta(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand, bool added) =>
        Units(added ? ConflictsWith(p, staff, duties, demand) : -ConflictsWith(p, staff, duties, demand));

    public sealed override bool Admits(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand) =>
        ConflictsWith(p, staff, duties, demand) == 0;

    public sealed override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        var units = Units(m, agent);
        var group = new List<Lit>();
        foreach (var (member, count) in ByLimits(p, agent))
        {
            var reach = Reach(p, member);
            for (var i = 0; i < units.Count; i++)
            {
                var (first, firstLit) = units[i];
                var groupEnd = int.MaxValue;
                group.Clear();
                for (var j = i + 1; j < units.Count && Start(p, units[j].Demand) - Start(p, first) < reach; j++)
                {
                    var (second, secondLit) = units[j];
                    if (!Conflicts(p, member, first, second))
                    {
                        continue;
                    }

                    if (!Hard)
                    {
                        m.Violation(this, UnitCost(count), [(firstLit, true), (secondLit, true)]);
                        continue;
                    }

                    // Later duties that share an instant exclude one another: one clique with the first duty.
                    if (group.Count > 0 && Start(p, second) >= groupEnd)
                    {
                        m.AtMostOne(this, [firstLit, .. group]);
                        group.Clear();
                        groupEnd = int.MaxValue;
                    }

                    group.Add(secondLit);
                    groupEnd = Math.Min(groupEnd, p.WinEnd[p.DemWindow[second]]);
                }

                if (group.Count > 0)
                {
                    m.AtMostOne(this, [firstLit, .. group]);
                }
            }
        }
    }

    /// <summary>How many of <paramref name="duties"/> (other than the demand itself) conflict with <paramref name="demand"/>.</summary>
    private int ConflictsWith(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand)
    {
        var reach = Reach(p, staff);
        var start = Start(p, demand);
        if (reach <= 0)
        {
            return 0;
        }

        // Duties are sorted by start: begin at the first that starts within reach before the demand.
        int lo = 0, hi = duties.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Start(p, duties[mid]) <= start - reach)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var count = 0;
        for (var i = lo; i < duties.Length && Start(p, duties[i]) - start < reach; i++)
        {
            var d = duties[i];
            if (d == demand)
            {
                continue;
            }

            var first = p.CompareDuties(d, demand) < 0;
            if (first ? Conflicts(p, staff, d, demand) : Conflicts(p, staff, demand, d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>What the pairs are made of: each choice when sites matter, else each window the agent may work.</summary>
    private List<(int Demand, Lit Lit)> Units(IRuleModel m, int agent)
    {
        var choices = m.Choices(agent);
        var units = new List<(int, Lit)>(choices.Count);
        var windows = new HashSet<int>();
        foreach (var c in choices)
        {
            var w = m.Problem.DemWindow[c.Demand];
            if (SiteDependent)
            {
                units.Add((c.Demand, c.Lit));
            }
            else if (windows.Add(w))
            {
                units.Add((c.Demand, m.Window(agent, w)));
            }
        }

        return units;
    }
}
