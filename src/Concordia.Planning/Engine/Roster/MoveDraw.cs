namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// Which kind of move a roster search thread tries next. Each kind is drawn in proportion to its recent improvement
/// per unit of work (both decayed, so the rates follow the search as it moves on); so a kind whose moves are larger
/// gets more of the time at the same rate, as large neighbourhoods find what small ones cannot. Apart from that, each
/// kind keeps a floor share of the work, so that none is written off for good: those draws go to the kinds in inverse
/// proportion to the typical work of their moves, so a kind whose moves are long and gain nothing takes little time.
/// A move's improvement is measured against the typical improvement of recent improving moves, up to a cap: a kind
/// whose moves gain much counts for more than one whose moves gain a little, and one large gain does not take the
/// draws over for long. A move that lowers the hard violations counts at the cap.
/// </summary>
internal sealed class MoveDraw
{
    private readonly double[] gains;
    private readonly double[] costs;
    private readonly double[] moves;
    private double typical;

    public MoveDraw(int kinds)
    {
        gains = Enumerable.Repeat(1.0, kinds).ToArray();
        costs = Enumerable.Repeat(0.1, kinds).ToArray();
        moves = Enumerable.Repeat(1.0, kinds).ToArray();
    }

    public int Next(Random rng)
    {
        var kinds = gains.Length;
        Span<double> rate = stackalloc double[kinds];
        Span<double> often = stackalloc double[kinds];
        double rates = 0, oftens = 0;
        for (var k = 0; k < kinds; k++)
        {
            rate[k] = gains[k] / Math.Max(costs[k], 1e-6);
            often[k] = 1 / Math.Max(costs[k] / moves[k], Tuning.MinMoveWork);
            rates += rate[k];
            oftens += often[k];
        }

        var floor = kinds * Tuning.MoveFloorShare;
        var x = rng.NextDouble();
        for (var k = 0; k < kinds - 1; k++)
        {
            x -= (floor * often[k] / oftens) + ((1 - floor) * rate[k] / rates);
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
            moves[k] *= Tuning.MoveRateDecay;
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
        moves[kind]++;
    }
}
