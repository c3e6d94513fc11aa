namespace Concordia.Planning.Rules;

/// <summary>A rule as documentation and problem checking see it; <paramref name="Adjustable"/> false: overrides are refused.</summary>
public sealed record RuleDescription(string Name, string Description, bool HardByDefault, int DefaultWeight, bool Adjustable);
