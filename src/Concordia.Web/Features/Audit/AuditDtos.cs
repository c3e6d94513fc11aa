namespace Concordia.Web.Features.Audit;

public sealed record AuditEntryDto(long Sequence, DateTime At, Guid? UserId, string UserName, string Origin, string Action,
    string EntityType, string EntityId, string Changes, string Hash);

/// <summary>Filters of the audit trail; times are UTC instants.</summary>
public sealed record AuditFilter(string? EntityType = null, string? EntityId = null, string? User = null, string? Action = null,
    DateTime? From = null, DateTime? To = null, int Offset = 0, int Limit = 100);
