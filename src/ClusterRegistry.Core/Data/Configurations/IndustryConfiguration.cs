using ClusterRegistry.Industries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClusterRegistry.Data.Configurations;

internal sealed class IndustryConfiguration : IEntityTypeConfiguration<Industry>
{
    public void Configure(EntityTypeBuilder<Industry> builder)
    {
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(4).IsUnicode(false);
        builder.Property(i => i.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ParentCode).HasMaxLength(4).IsUnicode(false);
        builder.Property(i => i.NameZh).HasMaxLength(100).IsRequired();
        builder.Property(i => i.NameEn).HasMaxLength(200).IsRequired();
        builder.HasOne<Industry>().WithMany().HasForeignKey(i => i.ParentCode).OnDelete(DeleteBehavior.Restrict);
    }
}
