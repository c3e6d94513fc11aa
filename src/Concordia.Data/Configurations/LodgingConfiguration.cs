using Concordia.Domain.Contingents;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Lodging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class AccommodationSiteConfiguration : IEntityTypeConfiguration<AccommodationSite>
{
    public void Configure(EntityTypeBuilder<AccommodationSite> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Code).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Address).HasMaxLength(300);
        builder.Property(s => s.Exceptions).HasConversion(JsonValue.Converter<IReadOnlyList<NightCapacity>>(), JsonValue.Comparer<IReadOnlyList<NightCapacity>>());
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Details);
        builder.HasIndex(s => new { s.EventId, s.Code }).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Lodging assignments; their country filter is set up in <see cref="ConcordiaDbContext"/>.</summary>
internal sealed class LodgingAssignmentConfiguration : IEntityTypeConfiguration<LodgingAssignment>
{
    public void Configure(EntityTypeBuilder<LodgingAssignment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Country).HasMaxLength(2);
        builder.Property(a => a.AssignedBy).HasMaxLength(200);
        builder.HasIndex(a => a.MemberId).IsUnique();
        builder.HasIndex(a => new { a.EventId, a.SiteId });
        builder.HasOne<Event>().WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Country>().WithMany().HasForeignKey(a => a.Country).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AccommodationSite>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
