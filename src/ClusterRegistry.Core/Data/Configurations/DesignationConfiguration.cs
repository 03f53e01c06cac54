using ClusterRegistry.Batches;
using ClusterRegistry.Designations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClusterRegistry.Data.Configurations;

internal sealed class DesignationConfiguration : IEntityTypeConfiguration<Designation>
{
    public void Configure(EntityTypeBuilder<Designation> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Level).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(d => d.Batch).WithMany().HasForeignKey(d => d.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Reviews).WithOne().HasForeignKey(r => r.DesignationId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(d => d.IsRevoked);
        builder.Ignore(d => d.ReviewOpensOn);
        builder.Ignore(d => d.Timeline);
        builder.HasProvenance(x => x.Provenance);
        builder.OwnsOne(d => d.Revocation, r =>
        {
            r.Property(x => x.Ground).HasColumnName("RevocationGround").HasConversion<string>().HasMaxLength(40);
            r.Property(x => x.RevokedOn).HasColumnName("RevokedOn");
            r.Property(x => x.Document).HasColumnName("RevocationDocument").HasMaxLength(100);
            r.Property(x => x.Note).HasColumnName("RevocationNote").HasMaxLength(Provenance.MaxNoteLength);
        });
        builder.Navigation(d => d.Revocation).IsRequired(false);
        builder.HasIndex(d => new { d.ClusterId, d.Level });
        builder.HasIndex(d => new { d.BatchId, d.ClusterId }).IsUnique();
    }
}
