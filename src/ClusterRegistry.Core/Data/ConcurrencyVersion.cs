using ClusterRegistry.Clusters;
using ClusterRegistry.Designations;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Data;

/// <summary>
/// Optimistic concurrency: every updatable record carries a <c>Version</c>. A change to a designation or review
/// also moves its cluster's version, so two officials editing one cluster's designations cannot both win.
/// </summary>
internal static class ConcurrencyVersion
{
    public const string PropertyName = "Version";

    public static void Stamp(RegistryDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var cluster in ChangedClusters(db).ToList())
        {
            var entry = db.Entry(cluster);
            if (entry.State == EntityState.Unchanged) entry.State = EntityState.Modified;
        }
        if (db.DatabaseIssuesRowVersions) return;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            if (entry.Metadata.FindProperty(PropertyName) is null) continue;
            entry.Property(PropertyName).CurrentValue = Guid.NewGuid().ToByteArray();
        }
    }

    /// <summary>Changed itself, or through a record it owns (a designation's revocation lives in its row).</summary>
    private static bool IsChanged(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified
        || entry.References.Any(r => r.Metadata.TargetEntityType.IsOwned() && r.TargetEntry is { State: EntityState.Added or EntityState.Modified or EntityState.Deleted });

    private static IEnumerable<Cluster> ChangedClusters(RegistryDbContext db)
    {
        var designationIds = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (!IsChanged(entry)) continue;
            switch (entry.Entity)
            {
                case Designation d: designationIds.Add(d.Id); break;
                case Review r: designationIds.Add(r.DesignationId); break;
            }
        }
        return db.ChangeTracker.Entries<Cluster>()
            .Select(e => e.Entity)
            .Where(c => c.Designations.Any(d => designationIds.Contains(d.Id)));
    }
}
