namespace Concordia.Data.Scenarios.Format;

public sealed record ScenarioAgency(string Code, string Name, string Kind, string? Parent);
