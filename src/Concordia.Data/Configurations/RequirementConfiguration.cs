using Concordia.Domain.Capabilities;
using Concordia.Domain.Events;
using Concordia.Domain.Requirements;
using Concordia.Domain.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AlertLevel).HasMaxLength(64);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.ComplexProperty(r => r.Window, window =>
        {
            window.Property(w => w.Start).HasColumnName("Start");
            window.Property(w => w.End).HasColumnName("End");
            window.Ignore(w => w.Duration);
        });
        builder.HasIndex(r => new { r.EventId, r.SiteId });
        builder.HasIndex(r => new { r.EventId, r.CapabilityId });
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Site>().WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Capability>().WithMany().HasForeignKey(r => r.CapabilityId).OnDelete(DeleteBehavior.NoAction);
    }
}
