using Concordia.Domain.Contingents;
using Concordia.Domain.Equipment;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concordia.Data.Configurations;

internal sealed class EquipmentConfiguration : IEntityTypeConfiguration<EquipmentItem>
{
    public void Configure(EntityTypeBuilder<EquipmentItem> builder)
    {
        builder.ToTable("EquipmentItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Country).HasMaxLength(2);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Type).HasMaxLength(100);
        builder.Property(i => i.Reference).HasMaxLength(40);
        builder.Property(i => i.Name).HasMaxLength(60);
        builder.Property(i => i.Speciality).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Authorisation).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.DocumentFileName).HasMaxLength(200);
        builder.Property(i => i.UpdatedBy).HasMaxLength(200);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.Details);
        builder.HasIndex(i => new { i.EventId, i.Country, i.Kind });
        builder.HasIndex(i => i.MemberId);
        builder.HasIndex(i => i.UnitId);
        builder.HasOne<Event>().WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(i => i.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
