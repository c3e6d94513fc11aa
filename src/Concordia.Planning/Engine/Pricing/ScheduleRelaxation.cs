namespace Concordia.Planning.Engine.Pricing;

/// <summary>
/// A lower bound on one agent's cheapest schedule (<see cref="ScheduleDp.Solve"/>) that stays fast where the exact
/// programme runs out of labels: the resources that add up over the horizon (minutes, weekends, duties per limited
/// kind) leave the label and are priced instead by multipliers (Lagrangian relaxation), while the run of working days,
/// the days off between runs and the arcs between days stay exact. The programme is then a plain shortest path over
/// day × option × run state. For any multipliers ≥ 0 its answer, less what the limits give back (multiplier × limit),
/// is below the cheapest schedule that keeps the limits: a schedule within its limits pays no more with the prices
/// than without. The multipliers are tuned by subgradient steps and kept between calls, so an agent priced round after
/// round starts from where the last round left it.
/// </summary>
internal sealed class ScheduleRelaxation
{
    private readonly AgentGraph g;
    private readonly int runs;
    private readonly int offs;
    private readonly int keys;
    private readonly int[][] parent;
    private readonly double[] lambda;
    private readonly int[] choice;
    private double step = 1;

    public ScheduleRelaxation(AgentGraph graph)
    {
        g = graph;
        runs = (g.MaxRun != int.MaxValue ? g.MaxRun : Math.Max(1, g.MinRun)) + 1;
        offs = Math.Max(0, g.MinOff) + 1;
        keys = runs * offs * 4;
        parent = new int[g.Days][];
        for (var day = 0; day < g.Days; day++)
        {
            parent[day] = new int[(g.Options[day].Length + 1) * keys];
        }

        // Multipliers: maximum minutes, minimum minutes, maximum weekends, then one per limited kind.
        lambda = new double[3 + g.KindMax.Length];
        choice = new int[g.Days];
    }

    /// <summary>
    /// The multipliers of the best bound so far as prices a label pays for what it uses: per minute unit (maximum less
    /// minimum), per weekend, then per duty of each limited kind (see <see cref="ScheduleDp.Solve"/>'s rank).
    /// </summary>
    public double[] Weights => [lambda[0] - lambda[1], lambda[2], .. lambda.AsSpan(3)];

    /// <summary>
    /// The schedule of the best bound of the last call (one demand or -1 per day) when it keeps every limit the
    /// relaxation priced, so keeps all the agent's rules; null otherwise.
    /// </summary>
    public int[]? Schedule { get; private set; }

    /// <summary>
    /// The best bound over <paramref name="steps"/> subgradient steps from the kept multipliers (at least one
    /// evaluation): no schedule keeping the agent's rules costs less than it with <paramref name="extra"/> added.
    /// </summary>
    public double Bound(double[][] extra, int steps)
    {
        var best = double.NegativeInfinity;
        Schedule = null;
        var bestLambda = (double[])lambda.Clone();
        var sub = new double[lambda.Length];
        for (var i = 0; i < Math.Max(1, steps); i++)
        {
            var value = Evaluate(extra, sub);
            if (value > best)
            {
                best = value;
                Array.Copy(lambda, bestLambda, lambda.Length);
                Schedule = !double.IsInfinity(value) && Keeps(sub) ? (int[])choice.Clone() : null;
            }
            else
            {
                step /= 2;
            }

            // Only limits the step can move count: a multiplier at zero stays there when its limit is kept.
            var norm = 0.0;
            for (var j = 0; j < sub.Length; j++)
            {
                sub[j] = !Free(j) || (lambda[j] == 0 && sub[j] < 0) ? 0 : sub[j];
                norm += sub[j] * sub[j];
            }

            if (norm == 0 || double.IsInfinity(value))
            {
                break;
            }

            // A step towards a target a little above the best bound (Polyak's rule with an estimated target).
            var target = best + Math.Max(1, Math.Abs(best) * 0.05);
            var t = step * (target - value) / norm;
            for (var j = 0; j < lambda.Length; j++)
            {
                lambda[j] = Math.Max(0, lambda[j] + (t * sub[j]));
            }
        }

        Array.Copy(bestLambda, lambda, lambda.Length);
        step = Math.Min(1, step * 2);
        return best;
    }

    /// <summary>Whether the schedule whose excesses are <paramref name="sub"/> keeps every limit.</summary>
    private bool Keeps(double[] sub)
    {
        for (var j = 0; j < sub.Length; j++)
        {
            if (Free(j) && sub[j] > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether multiplier <paramref name="j"/> prices a limit the agent has.</summary>
    private bool Free(int j) => j switch
    {
        0 => g.MaxUnits != int.MaxValue,
        1 => g.MinUnits > 0,
        2 => g.MaxWeekends != int.MaxValue,
        _ => true,
    };

    /// <summary>The relaxed programme at the current multipliers; fills <paramref name="sub"/> with each limit's excess in the schedule found.</summary>
    private double Evaluate(double[][] extra, double[] sub)
    {
        var days = g.Days;
        var perUnit = lambda[0] - lambda[1];
        var constant = g.Constant - (Free(0) ? lambda[0] * g.MaxUnits : 0) + (lambda[1] * g.MinUnits)
            - (Free(2) ? lambda[2] * g.MaxWeekends : 0);
        for (var i = 0; i < g.KindMax.Length; i++)
        {
            constant -= lambda[3 + i] * g.KindMax[i];
        }

        if (days == 0)
        {
            Array.Clear(sub);
            sub[1] = g.MinUnits;
            return constant;
        }

        // The start: fresh (no run yet), before day 0.
        var prevNodes = 1;
        var cur = new double[keys];
        Array.Fill(cur, double.PositiveInfinity);
        cur[Key(0, 0, true, false)] = 0;
        for (var day = 0; day < days; day++)
        {
            var options = g.Options[day];
            var next = new double[(options.Length + 1) * keys];
            Array.Fill(next, double.PositiveInfinity);
            var from = parent[day];
            for (var pn = 0; pn < prevNodes; pn++)
            {
                // Node 0 of a day is off (and the start before day 0); node k + 1 is option k.
                var prev = day == 0 ? -1 : pn - 1;
                var arcs = prev >= 0 ? g.Arcs?[day]?[prev] : null;
                for (var key = 0; key < keys; key++)
                {
                    var cost = cur[(pn * keys) + key];
                    if (double.IsPositiveInfinity(cost))
                    {
                        continue;
                    }

                    var (run, off, fresh, zero) = Split(key);
                    var at = (pn * keys) + key;

                    // Off today: a run of working days may end only when long enough (or exempt from the horizon's start).
                    if (prev < 0 || g.RunMayEnd(run, zero))
                    {
                        var k2 = Key(0, g.OffRunAfter(off, prev >= 0), fresh, false);
                        Relax(next, from, k2, cost + g.OffCost[day], at);
                    }

                    // Working today: after days off, only when enough of them (a start from the horizon is exempt).
                    if (prev < 0 && !g.MayWorkAfter(off, fresh))
                    {
                        continue;
                    }

                    var stored = g.RunAfter(run, prev >= 0);
                    if (stored < 0)
                    {
                        continue;
                    }

                    var k3 = Key(stored, 0, false, prev >= 0 ? zero : day == 0);
                    var weekend = g.StartsWeekend(day, prev >= 0) ? lambda[2] : 0;
                    for (var k = 0; k < options.Length; k++)
                    {
                        var arc = arcs?[k] ?? 0;
                        if (double.IsPositiveInfinity(arc))
                        {
                            continue;
                        }

                        var kind = g.LimitedKind[day][k];
                        var price = g.NodeCost[day][k] + extra[day][k] + arc + (perUnit * g.Length[day][k]) + weekend + (kind >= 0 ? lambda[3 + kind] : 0);
                        Relax(next, from, ((k + 1) * keys) + k3, cost + price, at);
                    }
                }
            }

            cur = next;
            prevNodes = options.Length + 1;
        }

        // The end: a final run of working days long enough unless exempt.
        var best = double.PositiveInfinity;
        var end = -1;
        for (var node = 0; node < prevNodes; node++)
        {
            for (var key = 0; key < keys; key++)
            {
                var cost = cur[(node * keys) + key];
                if (cost < best && (node == 0 || g.FinalRunMayEnd(Split(key).Run)))
                {
                    (best, end) = (cost, (node * keys) + key);
                }
            }
        }

        if (end < 0)
        {
            // No schedule keeps the run rules: nothing to bound, and the caller's exact programme says why.
            Array.Clear(sub);
            return double.PositiveInfinity;
        }

        Resources(end, sub);
        return best + constant;
    }

    /// <summary>Walks the schedule found back from its last state, keeps it, and sets each limit's excess (the subgradient).</summary>
    private void Resources(int end, double[] sub)
    {
        var units = 0;
        var weekends = 0;
        var kinds = new int[g.KindMax.Length];
        var at = end;
        for (var day = g.Days - 1; day >= 0; day--)
        {
            var node = at / keys;
            choice[day] = node > 0 ? g.Options[day][node - 1] : -1;
            if (node > 0)
            {
                units += g.Length[day][node - 1];
                var kind = g.LimitedKind[day][node - 1];
                if (kind >= 0)
                {
                    kinds[kind]++;
                }
            }

            at = parent[day][at];
            if (node > 0 && g.StartsWeekend(day, day > 0 && at / keys > 0))
            {
                weekends++;
            }
        }

        sub[0] = units - (double)g.MaxUnits;
        sub[1] = g.MinUnits - (double)units;
        sub[2] = weekends - (double)g.MaxWeekends;
        for (var i = 0; i < kinds.Length; i++)
        {
            sub[3 + i] = kinds[i] - (double)g.KindMax[i];
        }
    }

    private static void Relax(double[] next, int[] from, int index, double cost, int at)
    {
        if (cost < next[index])
        {
            next[index] = cost;
            from[index] = at;
        }
    }

    private int Key(int run, int off, bool fresh, bool zero) => (((((run * offs) + off) * 2) + (fresh ? 1 : 0)) * 2) + (zero ? 1 : 0);

    private (int Run, int Off, bool Fresh, bool Zero) Split(int key) =>
        (key / (offs * 4), key / 4 % offs, (key & 2) != 0, (key & 1) != 0);
}
