using Concordia.Domain.Agencies;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.EventId, a.Code }).IsUnique();
        builder.Property(a => a.Code).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Event>().WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.NoAction);
    }
}
