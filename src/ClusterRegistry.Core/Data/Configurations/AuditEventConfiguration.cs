using ClusterRegistry.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClusterRegistry.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ActorSubject).HasMaxLength(AuditEvent.MaxActorLength).IsRequired();
        builder.Property(a => a.ActorName).HasMaxLength(AuditEvent.MaxActorLength);
        builder.Property(a => a.ActorRole).HasMaxLength(50).IsRequired();
        builder.Property(a => a.ActorProvinceCode).HasMaxLength(2).IsUnicode(false);
        builder.Property(a => a.Mutation).HasMaxLength(100).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Summary).HasMaxLength(1000).IsRequired();
        builder.HasIndex(a => new { a.ClusterId, a.Id });
        builder.HasIndex(a => a.OccurredAtUtc);
    }
}
