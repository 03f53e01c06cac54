using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClusterRegistry.Data.Configurations;

internal static class ProvenanceMapping
{
    public const int MaxUrlLength = 1000;
    public const int MaxNoteLength = 2000;

    public static void HasProvenance<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, Provenance?>> provenance) where T : class =>
        builder.ComplexProperty(provenance, p =>
        {
            p.Property(x => x.SourceUrl).HasColumnName("SourceUrl").HasMaxLength(MaxUrlLength);
            p.Property(x => x.Note).HasColumnName("SourceNote").HasMaxLength(MaxNoteLength);
        });
}
