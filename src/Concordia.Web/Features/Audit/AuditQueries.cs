using Concordia.Data;
using Concordia.Domain.Auditing;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Audit;

/// <summary>Reading the audit trail, newest first; shared by the API, the page and the export.</summary>
public static class AuditQueries
{
    public static IQueryable<AuditEntry> Filter(ConcordiaDbContext db, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(e => e.EntityId == filter.EntityId);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            query = query.Where(e => e.UserName.Contains(filter.User));
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }

        return query.OrderByDescending(e => e.Sequence);
    }

    public static async Task<Page<AuditEntryDto>> PageAsync(ConcordiaDbContext db, AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = Filter(db, filter);
        var limit = Math.Clamp(filter.Limit, 1, 1000);
        var offset = Math.Max(0, filter.Offset);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return new Page<AuditEntryDto>(items.Select(ToDto).ToList(), total, offset, limit);
    }

    public static AuditEntryDto ToDto(AuditEntry e) =>
        new(e.Sequence, e.At, e.UserId, e.UserName, e.Origin, e.Action, e.EntityType, e.EntityId, e.Changes, e.Hash);
}
