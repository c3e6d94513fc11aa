using Concordia.Planning.Engine;
using Concordia.Planning.Model;

namespace Concordia.Planning.Rules;

/// <summary>
/// One named rule with its own cost. Each rule is hard (violation units are counted, never traded against cost)
/// or soft (each unit costs <see cref="Weight"/>); problems switch, harden, soften or re-weight it by
/// <see cref="Name"/> in <c>rules.overrides</c>, and every part of the engine reads the switch from here.
/// </summary>
internal abstract class Rule
{
    private string? name;

    /// <summary>The rule's name in problem files and reports: its class name without "Rule".</summary>
    public string Name => name ??= GetType().Name[..^"Rule".Length];

    public abstract string Description { get; }

    public virtual bool DefaultHard => true;

    public virtual int DefaultWeight => 1;

    public virtual bool DefaultEnabled => true;

    /// <summary>
    /// False for rules the engine's structure relies on (a member is in one place at a time, a plan names what exists,
    /// a team moves as one): always on and hard, and an override of them is refused by the problem checker.
    /// </summary>
    public virtual bool Adjustable => true;

    public bool Enabled { get; private set; }

    public bool Hard { get; private set; }

    public int Weight { get; private set; }

    /// <summary>On and hard: a plan that breaks it is infeasible, so searches may refuse what breaks it.</summary>
    public bool Binding => Enabled && Hard;

    public void Configure(RuleSetting? setting)
    {
        var adjustable = Adjustable ? setting : null;
        Enabled = adjustable?.Enabled ?? DefaultEnabled;
        Hard = adjustable?.Hard ?? DefaultHard;
        Weight = adjustable?.Weight ?? DefaultWeight;
    }

    /// <summary>The objective cost of one unit of violation when soft, for a unit that counts <paramref name="multiplier"/> times.</summary>
    public long UnitCost(long multiplier = 1) => (long)Weight * multiplier;

    /// <summary>The score of <paramref name="amount"/> units (nothing for none); soft units may carry their own multiplier.</summary>
    protected Score Charge(long amount, long multiplier = 1) => amount <= 0 ? Score.Zero : Units(amount, multiplier);

    /// <summary>The score of <paramref name="amount"/> units, which may be negative (a change).</summary>
    protected Score Units(long amount, long multiplier = 1) => Hard ? new Score(amount, 0) : new Score(0, amount * UnitCost(multiplier));

    protected long CostOf(long amount, long multiplier = 1) => Hard ? 0 : amount * UnitCost(multiplier);
}
