using ClusterRegistry.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClusterRegistry.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(6).IsUnicode(false);
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ParentCode).HasMaxLength(6).IsUnicode(false);
        builder.Ignore(r => r.ProvinceCode);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ParentCode, r.Code });
    }
}
