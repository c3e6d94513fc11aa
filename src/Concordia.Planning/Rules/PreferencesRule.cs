using Concordia.Planning.Engine;
using Concordia.Planning.Model;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>Members' weighted requests: each unmet request costs its own weight times this rule's weight.</summary>
internal sealed class PreferencesRule : StaffRule
{
    public override string Description => "A 'prefer' request is met by a matching duty; an 'avoid' request by none.";

    public override bool DefaultHard => false;

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var score = Score.Zero;
        foreach (var pref in p.StaffPreferences[staff])
        {
            if (Matching(p, pref, duties, -1) > 0 == (pref.Kind == PreferenceKind.Avoid))
            {
                score += Charge(1, pref.Weight);
                sink?.Add(this, 1, CostOf(1, pref.Weight), $"{pref.Kind} request not met", p.Source.Staff[staff].Id, pref.SiteId, pref.WindowId);
            }
        }

        return score;
    }

    /// <summary>Only a request the duty matches can change, and only when no other duty matches it.</summary>
    public override Score? Delta(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand, bool added)
    {
        var score = Score.Zero;
        foreach (var pref in p.StaffPreferences[staff])
        {
            if (p.Matches(pref, demand) && Matching(p, pref, duties, demand) == 0)
            {
                // Adding the only match meets a "prefer" and breaks an "avoid"; removing it does the opposite.
                var breaks = added == (pref.Kind == PreferenceKind.Avoid);
                score += Units(breaks ? 1 : -1, pref.Weight);
            }
        }

        return score;
    }

    public override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        foreach (var member in p.AgentMembers[agent])
        {
            foreach (var pref in p.StaffPreferences[member])
            {
                var matching = m.Choices(agent).Where(c => p.Matches(pref, c.Demand)).Select(c => c.Lit).ToArray();
                if (pref.Kind == PreferenceKind.Prefer)
                {
                    m.Violation(this, UnitCost(pref.Weight), [.. matching.Select(l => (l, false))]);
                }
                else if (matching.Length > 0)
                {
                    m.Violation(this, UnitCost(pref.Weight), [(m.Any(matching), true)]);
                }
            }
        }
    }

    private static int Matching(CompiledProblem p, Preference pref, ReadOnlySpan<int> duties, int except)
    {
        var n = 0;
        foreach (var d in duties)
        {
            n += d != except && p.Matches(pref, d) ? 1 : 0;
        }

        return n;
    }
}
