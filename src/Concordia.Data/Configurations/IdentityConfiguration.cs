using Concordia.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<ConcordiaUser>
{
    public void Configure(EntityTypeBuilder<ConcordiaUser> builder) => builder.Property(u => u.DisplayName).HasMaxLength(200);
}

internal sealed class UserBindingConfiguration : IEntityTypeConfiguration<UserBinding>
{
    public void Configure(EntityTypeBuilder<UserBinding> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Value).HasMaxLength(64);
        builder.HasIndex(b => new { b.UserId, b.Kind, b.Value }).IsUnique();
        builder.HasOne<ConcordiaUser>().WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasOne<ConcordiaUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
