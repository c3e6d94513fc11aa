namespace Concordia.Data.Scenarios.Format;

public sealed record ScenarioAlertLevel(string Code, string Name, int Rank, string? Color, string? Description);
