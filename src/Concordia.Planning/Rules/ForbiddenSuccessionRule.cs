using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Some shift kinds may not follow others on the next day (e.g. night then early).</summary>
internal sealed class ForbiddenSuccessionRule : StaffRule
{
    public override string Name => "ForbiddenSuccession";

    public override string Description => "A duty of a forbidden kind does not follow the previous day's duty kind.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        long amount = 0;
        for (var i = 0; i < duties.Length; i++)
        {
            var wb = p.DemWindow[duties[i]];
            for (var j = i - 1; j >= 0; j--)
            {
                var wa = p.DemWindow[duties[j]];
                var dayGap = p.WinDay[wb] - p.WinDay[wa];
                if (dayGap > 1)
                {
                    break;
                }

                if (dayGap == 1 && p.ForbiddenAfter[p.WinKind[wa], p.WinKind[wb]])
                {
                    amount++;
                    sink?.Add(this, 1, CostOf(1), "this kind may not follow the previous day's duty", staff, p.DemSite[duties[i]], wb);
                }
            }
        }

        return Charge(amount);
    }
}
