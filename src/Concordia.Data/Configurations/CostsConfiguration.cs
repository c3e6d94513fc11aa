using Concordia.Domain.Costs;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Country).HasMaxLength(2);
        builder.Property(a => a.RecordedBy).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Terms).HasConversion(JsonValue.Converter<AgreementTerms>(), JsonValue.Comparer<AgreementTerms>());
        builder.HasIndex(a => new { a.EventId, a.Country });
        builder.HasOne<Event>().WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(a => a.Country).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Versions).HasField("versions");
    }
}

internal sealed class AgreementVersionConfiguration : IEntityTypeConfiguration<AgreementVersion>
{
    public void Configure(EntityTypeBuilder<AgreementVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ChangedBy).HasMaxLength(200);
        builder.Property(v => v.Change).HasMaxLength(200);
        builder.Property(v => v.Terms).HasConversion(JsonValue.Converter<AgreementTerms>(), JsonValue.Comparer<AgreementTerms>());
        builder.HasIndex(v => new { v.AgreementId, v.Number }).IsUnique();
    }
}

internal sealed class AgreementDocumentConfiguration : IEntityTypeConfiguration<AgreementDocument>
{
    public void Configure(EntityTypeBuilder<AgreementDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Country).HasMaxLength(2);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.UploadedBy).HasMaxLength(200);
        builder.HasIndex(d => d.AgreementId);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(d => d.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExpenseConfiguration : IEntityTypeConfiguration<Expense>
{
    public void Configure(EntityTypeBuilder<Expense> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Country).HasMaxLength(2);
        builder.Property(e => e.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Amount).HasPrecision(14, 2);
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.Description).HasMaxLength(300);
        builder.Property(e => e.RecordedBy).HasMaxLength(200);
        builder.Property(e => e.ReceiptFileName).HasMaxLength(200);
        builder.Ignore(e => e.Money);
        builder.HasIndex(e => new { e.EventId, e.Country, e.IncurredOn });
        builder.HasIndex(e => e.ClaimId);
        builder.HasOne<Event>().WithMany().HasForeignKey(e => e.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(e => e.Country).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Country).HasMaxLength(2);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Lines).HasConversion(JsonValue.Converter<IReadOnlyList<ClaimLine>>(), JsonValue.Comparer<IReadOnlyList<ClaimLine>>());
        builder.Property(c => c.ClaimedAmount).HasPrecision(14, 2);
        builder.Property(c => c.ApprovedAmount).HasPrecision(14, 2);
        builder.Property(c => c.ReimbursedAmount).HasPrecision(14, 2);
        builder.Property(c => c.DecisionNote).HasMaxLength(1000);
        builder.Property(c => c.CreatedBy).HasMaxLength(200);
        builder.Property(c => c.DecidedBy).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Claimed);
        builder.Ignore(c => c.ApprovedInPart);
        builder.HasIndex(c => new { c.EventId, c.Country });
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(c => c.Country).OnDelete(DeleteBehavior.Restrict);
    }
}
