using Concordia.Domain.Agencies;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class RequestConfiguration : IEntityTypeConfiguration<AssistanceRequest>
{
    public void Configure(EntityTypeBuilder<AssistanceRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.EndReason).HasMaxLength(2000);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Asks).WithOne().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).HasField("lines");
        builder.Navigation(r => r.Asks).HasField("asks");
    }
}

internal sealed class RequestLineConfiguration : IEntityTypeConfiguration<RequestLine>
{
    public void Configure(EntityTypeBuilder<RequestLine> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.ToTable("RequestLines");
        builder.Property(l => l.SiteGroup).HasMaxLength(200);
        builder.Property(l => l.Conditions).HasConversion(JsonValue.Converter<LineConditions>(), JsonValue.Comparer<LineConditions>()).HasMaxLength(1000);
        builder.Ignore(l => l.Days);
        builder.HasOne<Capability>().WithMany().HasForeignKey(l => l.CapabilityId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class CountryAskConfiguration : IEntityTypeConfiguration<CountryAsk>
{
    public void Configure(EntityTypeBuilder<CountryAsk> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Country).HasMaxLength(2);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property<List<AskQuantity>>("quantities").HasColumnName("Quantities")
            .HasConversion(JsonValue.Converter<List<AskQuantity>>(), JsonValue.Comparer<List<AskQuantity>>());
        builder.Ignore(a => a.Quantities);
        builder.Ignore(a => a.Total);
        builder.Ignore(a => a.IsOpen);
        builder.HasIndex(a => new { a.EventId, a.Country });
        builder.HasOne<Country>().WithMany().HasForeignKey(a => a.Country).OnDelete(DeleteBehavior.Restrict);
    }
}
