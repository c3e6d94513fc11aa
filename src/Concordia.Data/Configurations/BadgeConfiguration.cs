using Concordia.Domain.Contingents;
using Concordia.Domain.Countries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

/// <summary>Badges; their country filter is set up in <see cref="ConcordiaDbContext"/>.</summary>
internal sealed class BadgeConfiguration : IEntityTypeConfiguration<Badge>
{
    public void Configure(EntityTypeBuilder<Badge> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Country).HasMaxLength(2);
        builder.Property(b => b.Number).HasMaxLength(64);
        builder.Property(b => b.Token).HasMaxLength(64);
        builder.Property(b => b.IssuedBy).HasMaxLength(200);
        builder.Property(b => b.RevokedBy).HasMaxLength(200);
        builder.Property(b => b.RevocationReason).HasMaxLength(500);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => b.Token).IsUnique();
        builder.HasIndex(b => new { b.EventId, b.Number }).IsUnique();
        builder.HasIndex(b => b.MemberId);
        builder.HasOne<Country>().WithMany().HasForeignKey(b => b.Country).OnDelete(DeleteBehavior.Restrict);
    }
}
