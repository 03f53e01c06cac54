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
        // A national batch has no province: the key must count that absence as a value, or two national batches of one
        // year could both be written by racing officials. SQL Server: no "IS NOT NULL" filter; PostgreSQL: NULLS NOT
        // DISTINCT. (SQLite always counts NULLs as distinct, but lets one writer in at a time, so the rule's check holds.)
        builder.HasIndex(b => new { b.Level, b.Year, b.ProvinceCode }).IsUnique()
            .HasFilter(null)
            .HasAnnotation("Npgsql:NullsDistinct", false);
    }
}
