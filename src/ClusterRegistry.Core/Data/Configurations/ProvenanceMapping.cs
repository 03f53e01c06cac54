using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClusterRegistry.Data.Configurations;

internal static class ProvenanceMapping
{
    public static void HasProvenance<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, Provenance?>> provenance) where T : class =>
        builder.ComplexProperty(provenance, p =>
        {
            p.Property(x => x.SourceUrl).HasColumnName("SourceUrl").HasMaxLength(Provenance.MaxUrlLength);
            p.Property(x => x.Note).HasColumnName("SourceNote").HasMaxLength(Provenance.MaxNoteLength);
        });
}
