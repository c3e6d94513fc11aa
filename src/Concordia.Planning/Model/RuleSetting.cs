namespace Concordia.Planning.Model;

/// <summary>Overrides one rule's defaults: whether it is on, hard or soft, and its weight per unit of violation.</summary>
public sealed record RuleSetting(bool? Enabled = null, bool? Hard = null, int? Weight = null);
