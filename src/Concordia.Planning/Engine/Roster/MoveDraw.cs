namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// Which kind of move a roster search thread tries next. Each kind is drawn in proportion to its recent improvement
/// per unit of work (both decayed, so the rates follow the search as it moves on), and keeps a floor share of the
/// draws so that none is written off for good. A move's improvement is measured against the typical improvement of
/// recent improving moves, up to a cap: a kind whose moves gain much counts for more than one whose moves gain a
/// little, and one large gain does not take the draws over for long. A move that lowers the hard violations counts
/// at the cap.
/// </summary>
internal sealed class MoveDraw
{
    private readonly double[] gains;
    private readonly double[] costs;
    private double typical;

    public MoveDraw(int kinds)
    {
        gains = Enumerable.Repeat(1.0, kinds).ToArray();
        costs = Enumerable.Repeat(0.1, kinds).ToArray();
    }

    public int Next(Random rng)
    {
        var kinds = gains.Length;
        Span<double> rate = stackalloc double[kinds];
        var total = 0.0;
        for (var k = 0; k < kinds; k++)
        {
            rate[k] = gains[k] / Math.Max(costs[k], 1e-6);
            total += rate[k];
        }

        var x = rng.NextDouble();
        for (var k = 0; k < kinds - 1; k++)
        {
            x -= Tuning.MoveFloorShare + ((1 - (kinds * Tuning.MoveFloorShare)) * rate[k] / total);
            if (x < 0)
            {
                return k;
            }
        }

        return kinds - 1;
    }

    /// <summary>Credits a move of <paramref name="kind"/> that took the score from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public void Credit(int kind, Score before, Score after, double work)
    {
        for (var k = 0; k < gains.Length; k++)
        {
            gains[k] *= Tuning.MoveRateDecay;
            costs[k] *= Tuning.MoveRateDecay;
        }

        if (after.Hard < before.Hard)
        {
            gains[kind] += Tuning.MoveGainCap;
        }
        else if (after.Hard == before.Hard && after.Soft < before.Soft)
        {
            var gain = (double)(before.Soft - after.Soft);
            typical = typical <= 0 ? gain : (Tuning.TypicalGainWeight * gain) + ((1 - Tuning.TypicalGainWeight) * typical);
            gains[kind] += Math.Min(Tuning.MoveGainCap, gain / typical);
        }

        costs[kind] += work;
    }
}
