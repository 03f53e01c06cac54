using ClusterRegistry.Clusters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClusterRegistry.Data.Configurations;

internal sealed class ChangeFilingConfiguration : IEntityTypeConfiguration<ChangeFiling>
{
    public void Configure(EntityTypeBuilder<ChangeFiling> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Description).HasMaxLength(ChangeFiling.MaxDescriptionLength).IsRequired();
        builder.HasIndex(f => new { f.ClusterId, f.FiledOn });
    }
}
