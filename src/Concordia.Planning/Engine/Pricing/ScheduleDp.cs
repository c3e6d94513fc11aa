namespace Concordia.Planning.Engine.Pricing;

/// <summary>
/// The cheapest schedule of one agent over the whole horizon: a resource-constrained shortest path over day × option
/// (<see cref="AgentGraph"/>), by forward label setting. A label carries what the binding rules need (minutes, the
/// current run of working days or of days off, weekends, duties per limited kind); labels at a node that another
/// label dominates (no dearer, every resource no worse for every completion) are dropped, and so are labels whose cost
/// plus the cheapest completion without resources reaches the cutoff. Costs are the graph's own plus what the caller
/// adds per option (the cover's marginal cost, or a dual price). With no label limit hit the answer is exact.
/// </summary>
internal static class ScheduleDp
{
    /// <summary>The result: one demand or -1 per day, its cost, and whether it is proven cheapest (no label limit hit).</summary>
    public sealed record Result(int[] Choice, double Cost, bool Exact);

    /// <summary>
    /// The cheapest schedule whose cost is below <paramref name="cutoff"/>, or null when none is (or the label limit or
    /// the deadline came first: then <paramref name="exact"/> is false). <paramref name="extra"/> adds a cost per day and option.
    /// </summary>
    /// <para>
    /// With a <paramref name="beam"/>, each node keeps at most that many labels per run state: the programme then always
    /// finishes in time linear in the horizon, and its answer is a good schedule, not a proven cheapest one
    /// (<paramref name="exact"/> is false whenever a label was dropped that way). The labels kept are the cheapest, or,
    /// with <paramref name="rank"/> (a price per minute unit, per weekend and per duty of each limited kind, as
    /// <see cref="ScheduleRelaxation.Weights"/> gives them), the cheapest once what they have used of their limits is
    /// priced too: cost alone keeps labels that have spent their minutes and cannot finish well.
    /// </para>
    public static Result? Solve(AgentGraph g, double[][] extra, double cutoff, int labelLimit, out bool exact, Deadline? deadline = null, int beam = int.MaxValue, double[]? rank = null)
    {
        var days = g.Days;
        exact = true;
        if (days == 0)
        {
            return g.Constant < cutoff ? new Result([], g.Constant, true) : null;
        }

        var togo = CostToGo(g, extra);
        var maxLeft = MaxUnitsLeft(g);
        var current = new Bucket?[g.Options[0].Length + 1];
        var created = 0;
        var cut = false;
        var start = new Label { Cost = g.Constant, Fresh = true, Option = -1 };
        for (var day = 0; day < days; day++)
        {
            var options = g.Options[day];
            var next = new Bucket?[options.Length + 1];
            Bucket?[] from = day == 0 ? [new Bucket { start }] : current;
            for (var pi = 0; pi < from.Length; pi++)
            {
                var labels = from[pi];
                if (labels is null)
                {
                    continue;
                }

                var prev = day == 0 ? -1 : pi - 1;
                foreach (var l in labels.All())
                {
                    // Off today.
                    if (Off(g, l, day, prev) is { } off)
                    {
                        off.Cost += g.OffCost[day];
                        Insert(g, ref next[0], off, togo[day][0], cutoff, maxLeft[day + 1], beam, rank, ref created, ref cut);
                    }

                    for (var k = 0; k < options.Length; k++)
                    {
                        if (Work(g, l, day, prev, k) is { } work)
                        {
                            work.Cost += g.NodeCost[day][k] + extra[day][k];
                            Insert(g, ref next[k + 1], work, togo[day][k + 1], cutoff, maxLeft[day + 1], beam, rank, ref created, ref cut);
                        }
                    }
                }
            }

            current = next;
            if (created > labelLimit || deadline is { Passed: true })
            {
                exact = false;
                return null;
            }
        }

        Label? best = null;
        for (var node = 0; node < current.Length; node++)
        {
            foreach (var l in current[node]?.All() ?? [])
            {
                if (Completes(g, l, node > 0) && l.Cost < cutoff && (best is null || l.Cost < best.Cost))
                {
                    best = l;
                }
            }
        }

        exact = !cut;
        if (best is null)
        {
            return null;
        }

        var choice = new int[days];
        var at = best;
        for (var day = days - 1; day >= 0; day--, at = at!.Parent)
        {
            choice[day] = at!.Option < 0 ? -1 : g.Options[day][at.Option];
        }

        return new Result(choice, best.Cost, exact);
    }

    /// <summary>
    /// The cheapest cost of the days after each node, ignoring every resource (arcs kept): a bound that prunes labels
    /// which cannot beat the cutoff. Index 0 of a day is off, k + 1 its option k.
    /// </summary>
    public static double[][] CostToGo(AgentGraph g, double[][] extra)
    {
        var days = g.Days;
        var togo = new double[days][];
        var fromNode = Array.Empty<double>();
        for (var day = days - 1; day >= 0; day--)
        {
            var n = g.Options[day].Length + 1;
            togo[day] = new double[n];
            if (day < days - 1)
            {
                var nextOptions = g.Options[day + 1];
                var arcs = g.Arcs?[day + 1];
                for (var i = 0; i < n; i++)
                {
                    var best = fromNode[0];
                    for (var k = 0; k < nextOptions.Length; k++)
                    {
                        var arc = i > 0 && arcs?[i - 1] is { } row ? row[k] : 0;
                        best = Math.Min(best, fromNode[k + 1] + arc);
                    }

                    togo[day][i] = best;
                }
            }

            var here = new double[n];
            here[0] = g.OffCost[day] + togo[day][0];
            for (var k = 0; k < n - 1; k++)
            {
                here[k + 1] = g.NodeCost[day][k] + extra[day][k] + togo[day][k + 1];
            }

            fromNode = here;
        }

        return togo;
    }

    /// <summary>Most minute units that days from each day on can still add, with runs no longer than the maximum.</summary>
    private static int[] MaxUnitsLeft(AgentGraph g)
    {
        var days = g.Days;
        var left = new int[days + 1];
        if (g.MinUnits == 0)
        {
            return left;
        }

        // Over (day, run) backwards: the most units from this day on when the run so far is r.
        var cap = Math.Min(g.MaxRun, days);
        var next = new int[cap + 1];
        for (var day = days - 1; day >= 0; day--)
        {
            var longest = g.Length[day].Length == 0 ? -1 : g.Length[day].Max();
            var here = new int[cap + 1];
            for (var r = 0; r <= cap; r++)
            {
                here[r] = next[0];
                if (longest >= 0 && r < cap)
                {
                    here[r] = Math.Max(here[r], longest + next[r + 1]);
                }
            }

            left[day] = here[0];
            next = here;
        }

        return left;
    }

    private static Label? Off(AgentGraph g, Label l, int day, int prev)
    {
        if (prev >= 0 && !g.RunMayEnd(l.Run, l.ZeroStart))
        {
            return null;
        }

        return new Label
        {
            Cost = l.Cost, Units = l.Units, Weekends = l.Weekends, Kinds = l.Kinds, Fresh = l.Fresh,
            OffRun = g.OffRunAfter(l.OffRun, prev >= 0), Parent = l, Option = -1,
        };
    }

    private static Label? Work(AgentGraph g, Label l, int day, int prev, int k)
    {
        double arc = 0;
        if (prev >= 0 && g.Arcs?[day]?[prev] is { } row)
        {
            arc = row[k];
            if (double.IsPositiveInfinity(arc))
            {
                return null;
            }
        }

        // A run of days off between two working days must be long enough; one from the horizon's start is exempt.
        if (prev < 0 && !g.MayWorkAfter(l.OffRun, l.Fresh))
        {
            return null;
        }

        var run = g.RunAfter(l.Run, prev >= 0);
        var units = l.Units + g.Length[day][k];
        if (run < 0 || units > g.MaxUnits)
        {
            return null;
        }

        var weekends = l.Weekends;
        if (g.MaxWeekends != int.MaxValue && g.StartsWeekend(day, prev >= 0))
        {
            if (++weekends > g.MaxWeekends)
            {
                return null;
            }
        }

        var kinds = l.Kinds;
        var kind = g.LimitedKind[day][k];
        if (kind >= 0)
        {
            kinds = kinds is null ? new int[g.KindMax.Length] : (int[])kinds.Clone();
            if (++kinds[kind] > g.KindMax[kind])
            {
                return null;
            }
        }

        return new Label
        {
            Cost = l.Cost + arc, Units = units, Weekends = weekends, Kinds = kinds, Fresh = false,
            Run = run,
            ZeroStart = prev >= 0 ? l.ZeroStart : day == 0, Parent = l, Option = k,
        };
    }

    /// <summary>At the horizon's end: minutes reached, and a final run of working days long enough unless exempt.</summary>
    private static bool Completes(AgentGraph g, Label l, bool working) =>
        l.Units >= g.MinUnits && (!working || g.FinalRunMayEnd(l.Run));

    private static void Insert(AgentGraph g, ref Bucket? bucket, Label label, double togo, double cutoff, int unitsLeft, int beam, double[]? rank, ref int created, ref bool cut)
    {
        if (label.Cost + togo >= cutoff || label.Units + unitsLeft < g.MinUnits)
        {
            return;
        }

        bucket ??= new Bucket();
        if (bucket.Add(g, label, beam, rank, ref cut))
        {
            created++;
        }
    }

    /// <summary>A partial schedule ending at a node.</summary>
    private sealed class Label
    {
        public double Cost;
        public int Units;
        public int Run;
        public int OffRun;
        public int Weekends;
        public int[]? Kinds;
        public bool Fresh;
        public bool ZeroStart;
        public Label? Parent;
        public int Option;

        /// <summary>The cost, plus what the label has used of its limits at the given prices (per unit, weekend, kind).</summary>
        public double Ranked(double[]? rank)
        {
            if (rank is null)
            {
                return Cost;
            }

            var value = Cost + (rank[0] * Units) + (rank[1] * Weekends);
            for (var i = 0; Kinds is not null && i < Kinds.Length; i++)
            {
                value += rank[2 + i] * Kinds[i];
            }

            return value;
        }

        /// <summary>Labels that must agree exactly to be compared: the run in progress and the edge exemptions.</summary>
        public int Key => (Run << 12) | (OffRun << 2) | (Fresh ? 2 : 0) | (ZeroStart ? 1 : 0);

        /// <summary>Whether this label is at least as good as <paramref name="o"/> for every completion.</summary>
        public bool Dominates(AgentGraph g, Label o)
        {
            if (Cost > o.Cost || Weekends > o.Weekends || !UnitsDominate(g, Units, o.Units))
            {
                return false;
            }

            if (Kinds is not null)
            {
                for (var i = 0; i < Kinds.Length; i++)
                {
                    if (Kinds[i] > (o.Kinds?[i] ?? 0))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>Fewer minutes are better under a maximum once the minimum is reached; more are better under a minimum alone.</summary>
        private static bool UnitsDominate(AgentGraph g, int a, int b)
        {
            if (a == b)
            {
                return true;
            }

            var hasMax = g.MaxUnits != int.MaxValue;
            var hasMin = g.MinUnits > 0;
            return (!hasMax && !hasMin) || (!hasMax && a >= b) || (hasMax && a < b && (!hasMin || a >= g.MinUnits));
        }
    }

    /// <summary>The non-dominated labels at one node, grouped by <see cref="Label.Key"/>.</summary>
    private sealed class Bucket : IEnumerable<Label>
    {
        private readonly Dictionary<int, List<Label>> byKey = [];

        public IEnumerable<Label> All() => byKey.Values.SelectMany(l => l);

        /// <summary>Adds the label unless one dominates it; drops those it dominates, and the dearest (as ranked) beyond the beam (then sets <paramref name="cut"/>).</summary>
        public bool Add(AgentGraph g, Label label, int beam, double[]? rank, ref bool cut)
        {
            if (!byKey.TryGetValue(label.Key, out var list))
            {
                byKey[label.Key] = [label];
                return true;
            }

            foreach (var l in list)
            {
                if (l.Dominates(g, label))
                {
                    return false;
                }
            }

            list.RemoveAll(l => label.Dominates(g, l));
            list.Add(label);
            if (list.Count <= beam)
            {
                return true;
            }

            var dearest = 0;
            for (var i = 1; i < list.Count; i++)
            {
                dearest = list[i].Ranked(rank) > list[dearest].Ranked(rank) ? i : dearest;
            }

            cut = true;
            var kept = list[dearest] != label;
            list.RemoveAt(dearest);
            return kept;
        }

        public IEnumerator<Label> GetEnumerator() => All().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Collection initialiser for the start label.</summary>
        public void Add(Label label) => byKey[label.Key] = [label];
    }
}
