using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>No duty longer than the member's maximum shift length.</summary>
internal sealed class MaxShiftLengthRule : StaffRule
{
    public override string Name => "MaxShiftLength";

    public override string Description => "A duty's window is not longer than the maximum shift length.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var max = p.StaffLimits[staff].MaxShiftMinutes;
        long amount = 0;
        foreach (var d in duties)
        {
            var w = p.DemWindow[d];
            if (p.WinEnd[w] - p.WinStart[w] > max)
            {
                amount++;
                sink?.Add(this, 1, CostOf(1), $"shift of {p.WinEnd[w] - p.WinStart[w]} min, maximum {max}", staff, p.DemSite[d], w);
            }
        }

        return Charge(amount);
    }
}
