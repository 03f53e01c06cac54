using ClusterRegistry.Clusters;
using ClusterRegistry.Industries;
using ClusterRegistry.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClusterRegistry.Data.Configurations;

internal sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.NameZh).HasMaxLength(Cluster.MaxNameLength).IsRequired();
        builder.Property(c => c.NameEn).HasMaxLength(Cluster.MaxNameLength);
        builder.Property(c => c.ProvinceCode).HasMaxLength(2).IsUnicode(false).IsRequired();
        builder.Property(c => c.PrefectureCode).HasMaxLength(4).IsUnicode(false).IsRequired();
        builder.Property(c => c.CountyCode).HasMaxLength(6).IsUnicode(false).IsRequired();
        builder.Property(c => c.LeadIndustry).HasMaxLength(Cluster.MaxNameLength).IsRequired();
        builder.Property(c => c.IndustryCode).HasMaxLength(4).IsUnicode(false);
        builder.Property(c => c.IndustryBasis).HasMaxLength(Cluster.MaxBasisLength);
        builder.Property(c => c.OperatingInstitution).HasMaxLength(Cluster.MaxNameLength);
        builder.Property(c => c.Description).HasMaxLength(Cluster.MaxTextLength);
        builder.HasProvenance(x => x.Provenance);

        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.PrefectureCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.CountyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Industry>().WithMany().HasForeignKey(c => c.IndustryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Designations).WithOne().HasForeignKey(d => d.ClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.ChangeFilings).WithOne().HasForeignKey(f => f.ClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.AnnualReports).WithOne().HasForeignKey(r => r.ClusterId).OnDelete(DeleteBehavior.Restrict);

        // The natural key: one cluster of a name per county, so a retried or concurrent identification cannot add it twice.
        builder.HasIndex(c => new { c.CountyCode, c.NameZh }).IsUnique();

        // Keyset paging: every sort order ends on Id, so each has an index ending on Id.
        builder.HasIndex(c => new { c.NameZh, c.Id });
        builder.HasIndex(c => new { c.ProvinceCode, c.Id });
        builder.HasIndex(c => new { c.PrefectureCode, c.Id });
        builder.HasIndex(c => new { c.CountyCode, c.Id });
        builder.HasIndex(c => new { c.FirstBatchYear, c.Id });
        builder.HasIndex(c => new { c.ValidUntil, c.Id });
        builder.HasIndex(c => new { c.IndustryCode, c.Id });
    }
}
