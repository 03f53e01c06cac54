using ClusterRegistry.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClusterRegistry.Data.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.OfficialSubject).HasMaxLength(IdempotencyRecord.MaxSubjectLength).IsRequired();
        builder.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength).IsRequired();
        builder.Property(r => r.RequestHash).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(r => r.ResponseContentType).HasMaxLength(100).IsUnicode(false);
        builder.Ignore(r => r.IsComplete);
        // Only one request per official and key can ever be recorded, however many arrive at once.
        builder.HasIndex(r => new { r.OfficialSubject, r.Key }).IsUnique();
        builder.HasIndex(r => r.CreatedAtUtc);
    }
}
