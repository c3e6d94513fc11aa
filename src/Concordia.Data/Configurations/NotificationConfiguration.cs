using Concordia.Data.Identity;
using Concordia.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>, IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        // Rows from before kinds and e-mail states were stored hold empty texts: they were deadline notices, not e-mailed again.
        builder.Property(n => n.Kind).HasConversion(k => k.ToString(), s => s == "" ? NotificationKind.DeadlineReminder : Enum.Parse<NotificationKind>(s))
            .HasMaxLength(32);
        builder.Property(n => n.EmailStatus).HasConversion(e => e.ToString(), s => s == "" ? EmailStatus.None : Enum.Parse<EmailStatus>(s))
            .HasMaxLength(16);
        builder.Property(n => n.Text).HasMaxLength(1000);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.HasIndex(n => n.EmailStatus);
        builder.HasOne<ConcordiaUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.HasKey(p => new { p.UserId, p.Kind });
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<ConcordiaUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
