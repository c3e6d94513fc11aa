using Concordia.Domain.Capabilities;
using Concordia.Domain.Contingents;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

/// <summary>Members; their country filter and personal-data encryption are set up in <see cref="ConcordiaDbContext"/>.</summary>
internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Country).HasMaxLength(2);
        builder.Property(m => m.FamilyName).HasMaxLength(100);
        builder.Property(m => m.GivenName).HasMaxLength(100);
        builder.Property(m => m.Rank).HasMaxLength(100);
        builder.Property(m => m.Service).HasMaxLength(200);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.DisplayName);
        builder.HasIndex(m => new { m.EventId, m.Country });
        builder.HasOne<Event>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(m => m.Country).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Capability>().WithMany().HasForeignKey(m => m.CapabilityId).OnDelete(DeleteBehavior.SetNull);
    }
}
