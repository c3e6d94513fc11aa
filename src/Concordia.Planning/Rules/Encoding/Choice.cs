namespace Concordia.Planning.Rules.Encoding;

/// <summary>One duty an agent may have in a model: <see cref="Lit"/> is its variable, or true when the rest of the plan fixes it.</summary>
internal readonly record struct Choice(int Agent, int Demand, Lit Lit);
