using Concordia.Planning.Engine;
using Concordia.Planning.Model;

namespace Concordia.Planning.Rules;

/// <summary>Members' weighted requests: each unmet request costs its own weight times this rule's weight.</summary>
internal sealed class PreferenceRule : StaffRule
{
    public override string Name => "Preferences";

    public override string Description => "A 'prefer' request is met by a matching duty; an 'avoid' request by none.";

    public override bool DefaultHard => false;

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var prefs = p.StaffPreferences[staff];
        if (prefs.Length == 0)
        {
            return Score.Zero;
        }

        var score = Score.Zero;
        foreach (var pref in prefs)
        {
            var matched = false;
            foreach (var d in duties)
            {
                if (p.Matches(pref, d))
                {
                    matched = true;
                    break;
                }
            }

            if (matched == (pref.Kind == PreferenceKind.Avoid))
            {
                score += Charge(1, pref.Weight);
                sink?.Add(this, 1, CostOf(1, pref.Weight), $"{pref.Kind} request not met", p.Source.Staff[staff].Id, pref.SiteId, pref.WindowId);
            }
        }

        return score;
    }
}
