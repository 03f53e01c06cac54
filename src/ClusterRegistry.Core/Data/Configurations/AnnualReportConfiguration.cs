using ClusterRegistry.Clusters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClusterRegistry.Data.Configurations;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.OutputValueCny).HasPrecision(20, 2);
        builder.Property(r => r.RdSpendingCny).HasPrecision(20, 2);
        builder.Property(r => r.SmeOutputShare).HasPrecision(5, 4);
        builder.HasIndex(r => new { r.ClusterId, r.ReportingYear }).IsUnique();
    }
}
