using Concordia.Planning.Model;

namespace Concordia.Planning.Tests.Switches;

/// <summary>
/// A tiny problem whose best plan with the rule off (<see cref="GoodPlan"/>) breaks the rule <see cref="Units"/>
/// times, and the optimal cost by hand for each setting: off, as shipped, hard, soft at weight 1, soft at
/// <see cref="HeavyWeight"/>. Every optimum has no hard violation.
/// </summary>
internal sealed record SwitchCase(
    string Rule,
    PlanningProblem Problem,
    Assignment[] GoodPlan,
    long Units,
    long Off,
    long Default,
    long Hard,
    long Soft1,
    long Heavy,
    int HeavyWeight = 5000,
    bool CheapTestCatches = false)
{
    public IReadOnlyList<Assignment> Start => Problem.Published;

    public IEnumerable<(string Setting, PlanningProblem Problem, long Optimum)> Settings()
    {
        yield return ("as shipped", Problem, Default);
        yield return ("off", With(new RuleSetting(Enabled: false)), Off);
        yield return ("hard", With(new RuleSetting(Hard: true)), Hard);
        yield return ("soft, weight 1", With(new RuleSetting(Hard: false, Weight: 1)), Soft1);
        yield return ($"soft, weight {HeavyWeight}", With(new RuleSetting(Hard: false, Weight: HeavyWeight)), Heavy);
    }

    private PlanningProblem With(RuleSetting setting) => Problem with
    {
        Rules = Problem.Rules with { Overrides = new Dictionary<string, RuleSetting>(Problem.Rules.Overrides) { [Rule] = setting } },
    };

    public override string ToString() => Rule;
}
