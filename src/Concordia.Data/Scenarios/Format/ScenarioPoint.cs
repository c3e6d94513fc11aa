namespace Concordia.Data.Scenarios.Format;

public sealed record ScenarioPoint(double Lat, double Lon);
