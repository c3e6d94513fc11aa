using Concordia.Domain.Capabilities;
using Concordia.Domain.Contingents;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Pledges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

/// <summary>Members; their country filter and personal-data encryption are set up in <see cref="ConcordiaDbContext"/>.</summary>
internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Country).HasMaxLength(2);
        builder.Property(m => m.PersonnelNumber).HasMaxLength(40);
        builder.Property(m => m.FamilyName).HasMaxLength(100);
        builder.Property(m => m.GivenName).HasMaxLength(100);
        builder.Property(m => m.LatinName).HasMaxLength(100);
        builder.Property(m => m.Rank).HasMaxLength(100);
        builder.Property(m => m.Service).HasMaxLength(200);
        builder.Property(m => m.Languages).HasConversion(JsonValue.Converter<IReadOnlyList<LanguageSkill>>(), JsonValue.Comparer<IReadOnlyList<LanguageSkill>>());
        builder.Property(m => m.Skills).HasConversion(JsonValue.Converter<IReadOnlyList<string>>(), JsonValue.Comparer<IReadOnlyList<string>>());
        builder.Property(m => m.DrivingLicence).HasConversion(JsonValue.Converter<IReadOnlyList<string>>(), JsonValue.Comparer<IReadOnlyList<string>>());
        builder.Property(m => m.WeaponAuthorisation).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Dog).HasConversion(JsonValue.Converter<CanineDetails?>(), JsonValue.Comparer<CanineDetails?>());
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.ReviewedBy).HasMaxLength(200);
        builder.Property(m => m.DecidedBy).HasMaxLength(200);
        builder.Property(m => m.RefusalReason).HasMaxLength(500);
        builder.Property(m => m.ArrivalPlace).HasMaxLength(200);
        builder.Property(m => m.ArrivalReference).HasMaxLength(60);
        builder.Property(m => m.DeparturePlace).HasMaxLength(200);
        builder.Property(m => m.DepartureReference).HasMaxLength(60);
        builder.Property(m => m.CheckedInBy).HasMaxLength(200);
        builder.Property(m => m.CheckInPlace).HasMaxLength(200);
        builder.Property(m => m.CheckInOverride).HasMaxLength(500);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.DisplayName);
        builder.Ignore(m => m.IsCanineTeam);
        builder.Ignore(m => m.Details);
        builder.Ignore(m => m.ActiveBadge);
        builder.Ignore(m => m.IsAccredited);
        builder.Ignore(m => m.Arrival);
        builder.Ignore(m => m.Departure);
        builder.Ignore(m => m.HasArrived);
        builder.Ignore(m => m.IsHost);
        builder.HasIndex(m => new { m.EventId, m.AgencyId });
        builder.HasOne<Domain.Agencies.Agency>().WithMany().HasForeignKey(m => m.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.EventId, m.Country });
        // Null numbers (members entered by hand) do not collide: both databases treat NULLs as distinct.
        builder.HasIndex(m => new { m.EventId, m.Country, m.PersonnelNumber }).IsUnique();
        builder.HasIndex(m => m.CommitmentId);
        builder.HasIndex(m => new { m.EventId, m.ArrivalAt });
        builder.HasOne<Event>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Country>().WithMany().HasForeignKey(m => m.Country).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Capability>().WithMany().HasForeignKey(m => m.CapabilityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Commitment>().WithMany().HasForeignKey(m => m.CommitmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Badges).WithOne().HasForeignKey(b => b.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Badges).HasField("badges");
    }
}
