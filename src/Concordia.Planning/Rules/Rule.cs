using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// One named rule with its own cost. Each rule is hard (violation units are counted, never traded against cost)
/// or soft (each unit costs <see cref="Weight"/>); problems override the defaults by rule name.
/// </summary>
internal abstract class Rule
{
    public abstract string Name { get; }

    public abstract string Description { get; }

    public virtual bool DefaultHard => true;

    public virtual int DefaultWeight => 1;

    public virtual bool DefaultEnabled => true;

    public bool Enabled { get; set; }

    public bool Hard { get; set; }

    public int Weight { get; set; }

    /// <summary>The score of <paramref name="amount"/> units; soft units may carry their own multiplier.</summary>
    protected Score Charge(long amount, long multiplier = 1) =>
        amount <= 0 ? Score.Zero : Hard ? new Score(amount, 0) : new Score(0, amount * Weight * multiplier);

    protected long CostOf(long amount, long multiplier = 1) => Hard ? 0 : amount * Weight * multiplier;
}
