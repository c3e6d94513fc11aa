using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>A member's contract may cap the number of duties of each kind over the horizon.</summary>
internal sealed class MaxShiftsPerKindRule : StaffRule
{
    public override string Description => "Duties of each kind do not exceed the member's maximum for that kind.";

    /// <summary>A kind the contract allows none of.</summary>
    public override bool Allows(CompiledProblem p, int staff, int demand) => Max(p, staff, p.WinKind[p.DemWindow[demand]]) > 0;

    /// <summary>For heuristics: whether the member may take one more duty of the kind after <paramref name="taken"/>.</summary>
    public bool Leaves(CompiledProblem p, int staff, int kind, int taken) => !Binding || taken < Max(p, staff, kind);

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

    public override Score? Delta(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand, bool added)
    {
        var kind = p.WinKind[p.DemWindow[demand]];
        var max = Max(p, staff, kind);
        if (max == int.MaxValue)
        {
            return Score.Zero;
        }

        var count = 0;
        foreach (var d in duties)
        {
            count += p.WinKind[p.DemWindow[d]] == kind ? 1 : 0;
        }

        var after = count + (added ? 1 : -1);
        return Units(Math.Max(0, after - max) - Math.Max(0, count - max));
    }

    public override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        foreach (var (member, count) in ByLimits(p, agent))
        {
            if (p.StaffLimits[member].MaxShiftsPerKind is not { } max)
            {
                continue;
            }

            for (var k = 0; k < max.Length; k++)
            {
                if (max[k] != int.MaxValue)
                {
                    var terms = m.Choices(agent).Where(c => p.WinKind[p.DemWindow[c.Demand]] == k).Select(c => new Term(c.Lit, 1)).ToArray();
                    m.AtMost(this, terms, max[k], 1, UnitCost(count));
                }
            }
        }
    }

    private static int Max(CompiledProblem p, int staff, int kind) => p.StaffLimits[staff].MaxShiftsPerKind?[kind] ?? int.MaxValue;
}
