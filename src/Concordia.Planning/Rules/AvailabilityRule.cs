using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>No duty outside the member's availability (arrival to departure) or on a day off.</summary>
internal sealed class AvailabilityRule : StaffRule
{
    public override string Name => "Availability";

    public override string Description => "Duties lie inside the member's availability and not on a day off.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        long amount = 0;
        foreach (var d in duties)
        {
            if (!p.Available(staff, p.DemWindow[d]))
            {
                amount++;
                sink?.Add(this, 1, CostOf(1), "member is not available then", staff, p.DemSite[d], p.DemWindow[d]);
            }
        }

        return Charge(amount);
    }
}
