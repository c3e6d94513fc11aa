namespace Concordia.Data.Scenarios.Format;

public sealed record ScenarioAlertScale(string Code, string Name, IReadOnlyList<ScenarioAlertLevel> Levels, string CurrentLevel);
