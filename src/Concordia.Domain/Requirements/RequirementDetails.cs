using Concordia.Domain.Common;

namespace Concordia.Domain.Requirements;

/// <summary>What a user states about a requirement when creating or changing it.</summary>
public sealed record RequirementDetails(TimeWindow Window, int Quantity, string AlertLevel, int Priority, string? Note = null);
