using ClusterRegistry.Audit;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Data;

internal static class AuditTrail
{
    /// <summary>Audit events are written once: nothing in the application may change or delete one.</summary>
    public static void RefuseRewrites(RegistryDbContext db)
    {
        if (db.ChangeTracker.Entries<AuditEvent>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit events are immutable.");
    }
}
