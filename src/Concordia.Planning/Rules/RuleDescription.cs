namespace Concordia.Planning.Rules;

public sealed record RuleDescription(string Name, string Description, bool HardByDefault, int DefaultWeight);
