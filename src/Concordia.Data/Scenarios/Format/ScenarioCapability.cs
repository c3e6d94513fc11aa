namespace Concordia.Data.Scenarios.Format;

public sealed record ScenarioCapability(string Code, string Name, string Kind, int TypeLevel, int? Persons, int? Dogs, string? Description);
