using Concordia.Domain.Common;

namespace Concordia.Domain.Requirements;

/// <summary>
/// What a user states about a requirement when creating or changing it. <see cref="Armed"/>: only armed officers
/// serve it (an unarmed foreign officer, by their country's legal status, is never planned on it).
/// </summary>
public sealed record RequirementDetails(TimeWindow Window, int Quantity, string AlertLevel, int Priority, string? Note = null, bool Armed = false);
