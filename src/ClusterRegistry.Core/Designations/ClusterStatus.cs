using ClusterRegistry.Batches;

namespace ClusterRegistry.Designations;

/// <summary>A cluster's status at a level: that of its latest designation at the level that has started by the date.</summary>
public static class ClusterStatus
{
    /// <returns>Null when the cluster has no designation at the level.</returns>
    public static DesignationStatus? On(IEnumerable<DesignationTimeline> designations, DesignationLevel level, DateOnly date)
    {
        DesignationTimeline? earliest = null, current = null;
        foreach (var d in designations)
        {
            if (d.Level != level) continue;
            if (earliest is null || d.ValidFrom < earliest.ValidFrom) earliest = d;
            if (d.ValidFrom <= date && (current is null || d.ValidFrom >= current.ValidFrom)) current = d;
        }
        // Before its first designation starts, a cluster shows that designation's status (NOT_YET_VALID).
        return (current ?? earliest)?.StatusOn(date);
    }
}
