namespace Concordia.Domain.Alerts;

/// <summary>One step of a national threat scale. A higher rank means a higher threat.</summary>
public sealed record AlertLevel(string Code, string Name, int Rank, string? Color = null, string? Description = null);
