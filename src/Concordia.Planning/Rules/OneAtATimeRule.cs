using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>A member is on one duty at a time: overlapping windows are a violation each.</summary>
internal sealed class OneAtATimeRule : StaffRule
{
    public override string Name => "OneAtATime";

    public override string Description => "A member cannot be on two duties whose windows overlap.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        long amount = 0;
        var maxEnd = int.MinValue;
        foreach (var d in duties)
        {
            var w = p.DemWindow[d];
            if (p.WinStart[w] < maxEnd)
            {
                amount++;
                sink?.Add(this, 1, CostOf(1), "overlaps an earlier duty", staff, p.DemSite[d], w);
            }

            maxEnd = Math.Max(maxEnd, p.WinEnd[w]);
        }

        return Charge(amount);
    }
}
