using System.Text.Json;
using Concordia.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Concordia.Data.Auditing;

/// <summary>Turns the changes a context is about to save into audit records (before the chain links them).</summary>
internal static class AuditRecorder
{
    public sealed record Pending(string Action, string EntityType, string EntityId, string Changes);

    public static List<Pending> Collect(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry || entry.State is EntityState.Unchanged or EntityState.Detached || entry.Metadata.IsOwned())
            {
                continue;
            }

            var type = entry.Metadata.ClrType.Name;
            if (type == nameof(Identity.ApiToken) && entry.State == EntityState.Modified &&
                entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(Identity.ApiToken.LastUsedAt)))
            {
                continue; // a token being used is not a change of state
            }

            if (type == nameof(Domain.Notifications.Notification) && entry.State == EntityState.Modified)
            {
                continue; // read or e-mailed: delivery, not a change of state (its creation is audited)
            }

            var changes = new Dictionary<string, object?>();
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                var changed = entry.State switch
                {
                    EntityState.Added => property.CurrentValue is not null,
                    EntityState.Deleted => property.OriginalValue is not null,
                    _ => property.IsModified && !Equals(property.OriginalValue, property.CurrentValue),
                };
                if (!changed || property.Metadata.IsPrimaryKey() && entry.State == EntityState.Modified)
                {
                    continue;
                }

                var sensitive = SensitiveFields.Contains(type, name);
                changes[name] = new
                {
                    before = entry.State == EntityState.Added ? null : Show(property.OriginalValue, sensitive),
                    after = entry.State == EntityState.Deleted ? null : Show(property.CurrentValue, sensitive),
                };
            }

            foreach (var owned in entry.References.Where(r => r.TargetEntry?.Metadata.IsOwned() == true && r.TargetEntry.State != EntityState.Unchanged))
            {
                changes[owned.Metadata.Name] = new { changed = true };
            }

            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
            pending.Add(new Pending(entry.State switch
            {
                EntityState.Added => "Created",
                EntityState.Deleted => "Deleted",
                _ => "Updated",
            }, type, key, JsonSerializer.Serialize(changes)));
        }

        return pending;
    }

    private static object? Show(object? value, bool sensitive) => sensitive
        ? value is null ? null : "(protected)"
        : value switch
        {
            DateTime d => d.ToString("O"),
            _ => value,
        };
}
