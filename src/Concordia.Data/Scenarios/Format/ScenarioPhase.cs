namespace Concordia.Data.Scenarios.Format;

public sealed record ScenarioPhase(string Code, string Name, DateOnly Start, DateOnly End);
