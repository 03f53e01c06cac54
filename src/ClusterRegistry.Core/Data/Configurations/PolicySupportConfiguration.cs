using ClusterRegistry.Clusters;
using ClusterRegistry.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClusterRegistry.Data.Configurations;

internal sealed class PolicySupportConfiguration : IEntityTypeConfiguration<PolicySupport>
{
    public void Configure(EntityTypeBuilder<PolicySupport> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.IssuingLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.IssuingAuthority).HasMaxLength(Cluster.MaxNameLength).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(Cluster.MaxNameLength).IsRequired();
        builder.Property(p => p.AmountCny).HasPrecision(18, 2);
        builder.HasProvenance(x => x.Provenance);
        builder.HasMany(p => p.Clusters).WithMany(c => c.PolicySupports)
            .UsingEntity(RegistryDbContext.ClusterPolicySupportsTable,
                r => r.HasOne(typeof(Cluster)).WithMany().HasForeignKey("ClusterId"),
                l => l.HasOne(typeof(PolicySupport)).WithMany().HasForeignKey("PolicySupportId"),
                j => j.HasIndex("ClusterId"));
        builder.HasIndex(p => p.Kind);
    }
}
