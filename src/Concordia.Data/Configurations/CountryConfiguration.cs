using Concordia.Domain.Countries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

/// <summary>The ISO 3166-1 list is reference data, seeded by the migrations so that country keys are checked.</summary>
internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(c => c.Alpha2);
        builder.Property(c => c.Alpha2).HasMaxLength(2);
        builder.Property(c => c.Alpha3).HasMaxLength(3);
        builder.Property(c => c.Numeric).HasMaxLength(3);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.HasIndex(c => c.Alpha3).IsUnique();
        builder.HasData(CountryCatalogue.All);
    }
}
