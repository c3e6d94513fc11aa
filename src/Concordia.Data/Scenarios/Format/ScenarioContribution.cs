namespace Concordia.Data.Scenarios.Format;

/// <summary>Accepted help from another country (format 1.1): units of a capability over local dates of the event.</summary>
public sealed record ScenarioContribution(string Country, string? Agency, string Capability, int Quantity, DateOnly From, DateOnly To, string? Note);
