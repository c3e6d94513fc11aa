using Concordia.Domain.Events;
using Concordia.Domain.Planning;
using Concordia.Domain.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class PlanningSettingsConfiguration : IEntityTypeConfiguration<PlanningSettings>
{
    public void Configure(EntityTypeBuilder<PlanningSettings> builder)
    {
        builder.HasKey(s => s.EventId);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Event>().WithOne().HasForeignKey<PlanningSettings>(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VisitorExpectationConfiguration : IEntityTypeConfiguration<VisitorExpectation>
{
    public void Configure(EntityTypeBuilder<VisitorExpectation> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Country).HasMaxLength(2);
        builder.Property(v => v.Note).HasMaxLength(200);
        builder.Property(v => v.Languages).HasConversion(JsonValue.Converter<IReadOnlyList<string>>(), JsonValue.Comparer<IReadOnlyList<string>>());
        builder.HasIndex(v => new { v.EventId, v.Day });
        builder.HasIndex(v => new { v.SiteId, v.Day, v.Country }).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(v => v.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Site>().WithMany().HasForeignKey(v => v.SiteId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class SiteClosureConfiguration : IEntityTypeConfiguration<SiteClosure>
{
    public void Configure(EntityTypeBuilder<SiteClosure> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.Property(c => c.ClosedBy).HasMaxLength(200);
        builder.HasIndex(c => new { c.EventId, c.SiteId });
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class PlanJobConfiguration : IEntityTypeConfiguration<PlanJob>
{
    public void Configure(EntityTypeBuilder<PlanJob> builder)
    {
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Trigger).HasConversion<string>().HasMaxLength(24);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Reason).HasMaxLength(500);
        builder.Property(j => j.AlertLevel).HasMaxLength(64);
        builder.Property(j => j.RequestedBy).HasMaxLength(200);
        builder.Property(j => j.Worker).HasMaxLength(200);
        builder.Property(j => j.CancelledBy).HasMaxLength(200);
        builder.Property(j => j.Error).HasMaxLength(2000);
        builder.Property(j => j.Phase).HasMaxLength(32);
        builder.Property(j => j.Version).IsConcurrencyToken();
        builder.Ignore(j => j.IsFinished);
        builder.HasIndex(j => new { j.State, j.RequestedAt });
        builder.HasIndex(j => new { j.EventId, j.RequestedAt });
        builder.HasOne<Event>().WithMany().HasForeignKey(j => j.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Trigger).HasConversion<string>().HasMaxLength(24);
        builder.Property(v => v.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Reason).HasMaxLength(500);
        builder.Property(v => v.AlertLevel).HasMaxLength(64);
        builder.Property(v => v.PublishedBy).HasMaxLength(200);
        builder.Property(v => v.DiscardedBy).HasMaxLength(200);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Ignore(v => v.IsFeasible);
        builder.Ignore(v => v.RowsVersionId);
        builder.HasIndex(v => v.RootVersionId);
        builder.HasIndex(v => new { v.EventId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.EventId, v.State });
        builder.HasOne<Event>().WithMany().HasForeignKey(v => v.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// Duties of plan versions; their country and site filter is set up in <see cref="ConcordiaDbContext"/>. A version is
/// a snapshot of hundreds of thousands of duties written at once, so its rows carry only the indexes its queries use:
/// the site and capability are plain references (no foreign key, whose index and check would cost on every row), and
/// deleting a site or capability that a plan version names is refused by the delete itself.
/// </summary>
internal sealed class PlanDutyConfiguration : IEntityTypeConfiguration<PlanDuty>
{
    public void Configure(EntityTypeBuilder<PlanDuty> builder)
    {
        builder.HasKey(d => new { d.VersionId, d.Number });
        builder.Property(d => d.Country).HasMaxLength(2);
        builder.HasIndex(d => new { d.VersionId, d.Agent });
        builder.HasIndex(d => new { d.VersionId, d.SiteId, d.Start });
        builder.HasIndex(d => new { d.VersionId, d.Country });
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(d => d.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanDutyRemovalConfiguration : IEntityTypeConfiguration<PlanDutyRemoval>
{
    public void Configure(EntityTypeBuilder<PlanDutyRemoval> builder)
    {
        builder.HasKey(r => new { r.VersionId, r.Number });
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanAgentConfiguration : IEntityTypeConfiguration<PlanAgent>
{
    public void Configure(EntityTypeBuilder<PlanAgent> builder)
    {
        builder.HasKey(a => new { a.VersionId, a.Number });
        builder.Property(a => a.Country).HasMaxLength(2);
        builder.Property(a => a.Label).HasMaxLength(200);
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanAgentMemberConfiguration : IEntityTypeConfiguration<PlanAgentMember>
{
    public void Configure(EntityTypeBuilder<PlanAgentMember> builder)
    {
        builder.HasKey(m => new { m.VersionId, m.Agent, m.MemberId });
        builder.Property(m => m.Country).HasMaxLength(2);
        builder.Property(m => m.DisplayName).HasMaxLength(220);
        builder.Property(m => m.Rank).HasMaxLength(100);
        builder.Property(m => m.Dog).HasMaxLength(100);
        builder.HasIndex(m => new { m.VersionId, m.MemberId });
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(m => m.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
