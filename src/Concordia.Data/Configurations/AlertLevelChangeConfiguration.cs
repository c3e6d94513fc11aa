using Concordia.Domain.Alerts;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class AlertLevelChangeConfiguration : IEntityTypeConfiguration<AlertLevelChange>
{
    public void Configure(EntityTypeBuilder<AlertLevelChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FromLevel).HasMaxLength(64);
        builder.Property(c => c.ToLevel).HasMaxLength(64);
        builder.Property(c => c.ChangedBy).HasMaxLength(200);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.HasIndex(c => new { c.EventId, c.ChangedAt });
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
