namespace Concordia.Planning.Rules;

/// <summary>The rules the engine knows, with their defaults, for documentation and for checking problem files.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleDescription> Describe() =>
        RuleBook.Defaults.Select(r => new RuleDescription(r.Name, r.Description, r.DefaultHard, r.DefaultWeight, r.Adjustable)).ToArray();

    public static bool IsKnown(string name) => RuleBook.Defaults.Any(r => r.Name == name);

    /// <summary>Whether <c>rules.overrides</c> may switch, harden, soften or re-weight the rule.</summary>
    public static bool IsAdjustable(string name) => RuleBook.Defaults.Any(r => r.Name == name && r.Adjustable);
}
