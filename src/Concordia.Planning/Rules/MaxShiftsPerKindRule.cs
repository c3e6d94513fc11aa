using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>A member's contract may cap the number of duties of each kind over the horizon.</summary>
internal sealed class MaxShiftsPerKindRule : StaffRule
{
    public override string Name => "MaxShiftsPerKind";

    public override string Description => "Duties of each kind do not exceed the member's maximum for that kind.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var max = p.StaffLimits[staff].MaxShiftsPerKind;
        if (max is null || duties.IsEmpty)
        {
            return Score.Zero;
        }

        Span<int> count = stackalloc int[max.Length];
        count.Clear();
        foreach (var d in duties)
        {
            count[p.WinKind[p.DemWindow[d]]]++;
        }

        long amount = 0;
        for (var k = 0; k < max.Length; k++)
        {
            if (count[k] > max[k])
            {
                amount += count[k] - max[k];
                sink?.Add(this, count[k] - max[k], CostOf(count[k] - max[k]), $"{count[k]} duties of kind {p.KindName(k)}, maximum {max[k]}", staff);
            }
        }

        return Charge(amount);
    }
}
