using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Code).HasMaxLength(64);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(4000);
        builder.Property(e => e.HostCountry).HasMaxLength(2);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.Property(e => e.CurrentAlertLevel).HasMaxLength(64);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.TimeZone);
        builder.Ignore(e => e.Span);
        builder.Ignore(e => e.CurrentLevel);
        builder.OwnsMany(e => e.Phases, phases => phases.ToJson());
        builder.OwnsOne(e => e.AlertScale, scale =>
        {
            scale.ToJson();
            scale.OwnsMany(s => s.Levels);
        });
        builder.HasOne<Domain.Countries.Country>().WithMany().HasForeignKey(e => e.HostCountry).OnDelete(DeleteBehavior.Restrict);
    }
}
