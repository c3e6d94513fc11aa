using System.Text.Json;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.EventId, s.Code }).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.City).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(4000);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsSector);
        builder.ComplexProperty(s => s.Location, location =>
        {
            location.Property(p => p.Lat).HasColumnName("Lat");
            location.Property(p => p.Lon).HasColumnName("Lon");
        });
        builder.Property(s => s.Area)
            .HasConversion(
                area => WriteArea(area),
                text => ReadArea(text),
                new ValueComparer<IReadOnlyList<GeoPoint>>(
                    (a, b) => a!.SequenceEqual(b!),
                    a => a.Aggregate(0, (hash, p) => HashCode.Combine(hash, p.Lat, p.Lon)),
                    a => a.ToList()));
        builder.HasOne<Event>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.NoAction);
    }

    // The outline is read and written whole, never queried: a compact JSON array of [lat, lon] pairs.
    private static string WriteArea(IReadOnlyList<GeoPoint> area) =>
        JsonSerializer.Serialize(area.Select(p => new[] { p.Lat, p.Lon }));

    private static IReadOnlyList<GeoPoint> ReadArea(string text) =>
        (JsonSerializer.Deserialize<double[][]>(text) ?? []).Select(p => GeoPoint.Create(p[0], p[1]).Value).ToList();
}
