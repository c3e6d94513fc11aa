using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Daily rest: between two consecutive duties at least the member's minimum rest (11 h by default).</summary>
internal sealed class MinRestRule : StaffRule
{
    public override string Name => "MinRest";

    public override string Description => "Consecutive duties are separated by at least the minimum rest.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var min = p.StaffLimits[staff].MinRestMinutes;
        if (min <= 0)
        {
            return Score.Zero;
        }

        long amount = 0;
        for (var i = 1; i < duties.Length; i++)
        {
            var gap = p.WinStart[p.DemWindow[duties[i]]] - p.WinEnd[p.DemWindow[duties[i - 1]]];
            if (gap >= 0 && gap < min)
            {
                amount++;
                sink?.Add(this, 1, CostOf(1), $"rest of {gap} min, minimum {min}", staff, p.DemSite[duties[i]], p.DemWindow[duties[i]]);
            }
        }

        return Charge(amount);
    }
}
