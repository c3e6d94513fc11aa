using Concordia.Planning.Model;

namespace Concordia.Planning.Rules;

/// <summary>The rules the engine knows, with their defaults, for documentation and for checking problem files.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleDescription> Describe() =>
        new RuleBook(new RuleSettings()).All
            .Select(r => new RuleDescription(r.Name, r.Description, r.DefaultHard, r.DefaultWeight))
            .ToArray();

    public static bool IsKnown(string name) => RuleBook.Names.Contains(name, StringComparer.Ordinal);
}
