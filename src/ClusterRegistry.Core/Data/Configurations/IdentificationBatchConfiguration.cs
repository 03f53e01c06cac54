using ClusterRegistry.Batches;
using ClusterRegistry.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClusterRegistry.Data.Configurations;

internal sealed class IdentificationBatchConfiguration : IEntityTypeConfiguration<IdentificationBatch>
{
    public void Configure(EntityTypeBuilder<IdentificationBatch> builder)
    {
        builder.ToTable("Batches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.ProvinceCode).HasMaxLength(2).IsUnicode(false);
        builder.Property(b => b.IssuingAuthority).HasMaxLength(200).IsRequired();
        builder.Property(b => b.NoticeDocument).HasMaxLength(100);
        builder.Property(b => b.AnnouncementDocument).HasMaxLength(100);
        builder.Property(b => b.ValidityNote).HasMaxLength(1000);
        builder.Property(b => b.ReviewSummary).HasMaxLength(1000);
        builder.HasProvenance(x => x.Provenance);
        builder.HasOne<Region>().WithMany().HasForeignKey(b => b.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.Level, b.Year, b.ProvinceCode }).IsUnique();
    }
}
