using Concordia.Domain.Agencies;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Pledges;
using Concordia.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class PledgeConfiguration : IEntityTypeConfiguration<Pledge>
{
    public void Configure(EntityTypeBuilder<Pledge> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Estimate).HasConversion(JsonValue.Converter<Domain.Costs.CostEstimate?>(), JsonValue.Comparer<Domain.Costs.CostEstimate?>())
            .HasMaxLength(2000);
        builder.HasIndex(p => new { p.EventId, p.Country });
        builder.HasIndex(p => p.AskId);
        builder.HasOne<Event>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(p => p.Country).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<CountryAsk>().WithMany().HasForeignKey(p => p.AskId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.PledgeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PledgeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Lines).HasField("lines");
        builder.Navigation(p => p.Versions).HasField("versions");
    }
}

internal sealed class PledgeLineConfiguration : IEntityTypeConfiguration<PledgeLine>
{
    public void Configure(EntityTypeBuilder<PledgeLine> builder)
    {
        builder.ToTable("PledgeLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Answer).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Armed).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Decision).HasConversion<string>().HasMaxLength(24);
        builder.Property(l => l.Note).HasMaxLength(2000);
        builder.Property(l => l.DecisionNote).HasMaxLength(2000);
        // Lines answered before conditions had their own field carry none.
        builder.Property(l => l.Conditions).HasConversion(JsonValue.Converter<PledgeConditions>(), JsonValue.Comparer<PledgeConditions>()).HasMaxLength(2000)
            .HasDefaultValue(PledgeConditions.None);
        builder.Property(l => l.DecidedBy).HasMaxLength(200);
        builder.Ignore(l => l.Details);
        builder.Ignore(l => l.Snapshot);
        builder.HasOne<Capability>().WithMany().HasForeignKey(l => l.CapabilityId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class PledgeVersionConfiguration : IEntityTypeConfiguration<PledgeVersion>
{
    public void Configure(EntityTypeBuilder<PledgeVersion> builder)
    {
        builder.ToTable("PledgeVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ChangedBy).HasMaxLength(200);
        builder.Property(v => v.Change).HasMaxLength(200);
        builder.Property(v => v.Lines).HasConversion(JsonValue.Converter<IReadOnlyList<PledgeLineSnapshot>>(), JsonValue.Comparer<IReadOnlyList<PledgeLineSnapshot>>());
        builder.HasIndex(v => new { v.PledgeId, v.Number }).IsUnique();
    }
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Country).HasMaxLength(2);
        builder.Property(c => c.Armed).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.AcceptedBy).HasMaxLength(200);
        builder.Property(c => c.WithdrawnBy).HasMaxLength(200);
        builder.Property(c => c.WithdrawalReason).HasMaxLength(2000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Estimate).HasConversion(JsonValue.Converter<Domain.Costs.CostEstimate?>(), JsonValue.Comparer<Domain.Costs.CostEstimate?>())
            .HasMaxLength(2000);
        builder.Ignore(c => c.IsActive);
        builder.Ignore(c => c.Days);
        builder.HasIndex(c => new { c.EventId, c.Country });
        builder.HasIndex(c => c.PledgeLineId).IsUnique();
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(c => c.Country).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Pledge>().WithMany().HasForeignKey(c => c.PledgeId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Capability>().WithMany().HasForeignKey(c => c.CapabilityId).OnDelete(DeleteBehavior.NoAction);
    }
}
