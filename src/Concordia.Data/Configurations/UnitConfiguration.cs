using Concordia.Domain.Contingents;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Pledges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

/// <summary>Units of a contingent; their country filter is set up in <see cref="ConcordiaDbContext"/>.</summary>
internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Country).HasMaxLength(2);
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasIndex(u => new { u.EventId, u.Country });
        builder.HasOne<Event>().WithMany().HasForeignKey(u => u.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(u => u.Country).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Commitment>().WithMany().HasForeignKey(u => u.CommitmentId).OnDelete(DeleteBehavior.SetNull);
        // The leader is one of the unit's members; removing that member leaves the unit without a leader.
        builder.HasOne<Member>().WithMany().HasForeignKey(u => u.LeaderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Domain.Agencies.Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
