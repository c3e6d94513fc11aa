using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>
/// Re-planning: each published duty that could be kept but was moved costs the weight. Duties the change made
/// impossible (absent member, closed site, dropped demand) are not counted: no plan could keep them.
/// </summary>
internal sealed class DisruptionRule : StaffRule
{
    public override string Description => "Each keepable published duty that the new plan moves costs the weight.";

    public override bool DefaultHard => false;

    public override int DefaultWeight => 20;

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        long moved = 0;
        foreach (var d in p.StaffPublished[staff])
        {
            if (Counts(p, d) && !duties.Contains(d))
            {
                moved++;
                sink?.Add(this, 1, CostOf(1), "published duty moved", staff, p.DemSite[d], p.DemWindow[d], DayOf(p, d));
            }
        }

        return Charge(moved);
    }

    public override Score? Delta(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand, bool added) =>
        Counts(p, demand) && p.IsPublished(staff, demand) ? Units(added ? -1 : 1) : Score.Zero;

    public override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        var choices = m.Choices(agent).ToDictionary(c => c.Demand, c => c.Lit);
        foreach (var member in p.AgentMembers[agent])
        {
            foreach (var d in p.StaffPublished[member])
            {
                if (Counts(p, d))
                {
                    // Without a choice for it the duty is moved whatever the model does: a constant.
                    m.Violation(this, UnitCost(), choices.TryGetValue(d, out var lit) ? [(lit, false)] : []);
                }
            }
        }
    }

    /// <summary>Duties inside the frozen horizon are the frozen horizon's business.</summary>
    private static bool Counts(CompiledProblem p, int demand) => Start(p, demand) >= p.FrozenUntil;
}
