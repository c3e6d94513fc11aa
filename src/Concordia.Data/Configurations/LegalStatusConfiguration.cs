using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Legal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class LegalStatusConfiguration : IEntityTypeConfiguration<LegalStatus>
{
    public void Configure(EntityTypeBuilder<LegalStatus> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Country).HasMaxLength(2);
        builder.Property(s => s.OfficerTypeKey).HasMaxLength(40);
        builder.Property(s => s.DecidedBy).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Terms).HasConversion(JsonValue.Converter<LegalTerms>(), JsonValue.Comparer<LegalTerms>());
        builder.Ignore(s => s.OfficerType);
        builder.HasIndex(s => new { s.EventId, s.Country, s.OfficerTypeKey }).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(s => s.Country).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Versions).WithOne().HasForeignKey(v => v.StatusId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Versions).HasField("versions");
    }
}

internal sealed class LegalStatusVersionConfiguration : IEntityTypeConfiguration<LegalStatusVersion>
{
    public void Configure(EntityTypeBuilder<LegalStatusVersion> builder)
    {
        builder.ToTable("LegalStatusVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ChangedBy).HasMaxLength(200);
        builder.Property(v => v.Change).HasMaxLength(200);
        builder.Property(v => v.Terms).HasConversion(JsonValue.Converter<LegalTerms>(), JsonValue.Comparer<LegalTerms>());
        builder.HasIndex(v => new { v.StatusId, v.Number }).IsUnique();
    }
}

internal sealed class LegalStatusCommentConfiguration : IEntityTypeConfiguration<LegalStatusComment>
{
    public void Configure(EntityTypeBuilder<LegalStatusComment> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Country).HasMaxLength(2);
        builder.Property(c => c.Author).HasMaxLength(200);
        builder.Property(c => c.Text).HasMaxLength(2000);
        builder.HasIndex(c => new { c.StatusId, c.WrittenAt });
        builder.HasOne<LegalStatus>().WithMany().HasForeignKey(c => c.StatusId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LegalDocumentConfiguration : IEntityTypeConfiguration<LegalDocument>
{
    public void Configure(EntityTypeBuilder<LegalDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Country).HasMaxLength(2);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.UploadedBy).HasMaxLength(200);
        builder.HasIndex(d => d.StatusId);
        builder.HasOne<LegalStatus>().WithMany().HasForeignKey(d => d.StatusId).OnDelete(DeleteBehavior.Cascade);
    }
}
