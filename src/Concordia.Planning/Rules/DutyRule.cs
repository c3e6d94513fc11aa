using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>
/// A rule about each duty on its own (availability, shift length, a kind the contract excludes): one unit per
/// duty it does not allow. Its incremental evaluation and cheap test are that one duty; as a binding rule it keeps
/// the duty out of every model, as a soft one it charges each chosen duty.
/// </summary>
internal abstract class DutyRule : StaffRule
{
    public abstract override bool Allows(CompiledProblem p, int staff, int demand);

    protected abstract string Explain(CompiledProblem p, int staff, int demand);

    public sealed override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        long amount = 0;
        foreach (var d in duties)
        {
            if (!Allows(p, staff, d))
            {
                amount++;
                sink?.Add(this, 1, CostOf(1), Explain(p, staff, d), staff, p.DemSite[d], p.DemWindow[d], DayOf(p, d));
            }
        }

        return Charge(amount);
    }

    public sealed override Score? Delta(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand, bool added) =>
        Allows(p, staff, demand) ? Score.Zero : Units(added ? 1 : -1);

    public sealed override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        foreach (var c in m.Choices(agent))
        {
            var broken = p.AgentMembers[agent].Count(s => !Allows(p, s, c.Demand));
            if (broken > 0)
            {
                m.Violation(this, UnitCost(broken), [(c.Lit, true)]);
            }
        }
    }
}
