namespace ClusterRegistry.Data.Import;

/// <summary>What one seeding run added, and every data row it could not place, with the reason.</summary>
public sealed record ImportReport(int RegionsAdded, int IndustriesAdded, int BatchesAdded, int ClustersAdded,
    int DesignationsAdded, int ClassificationsApplied, IReadOnlyList<UnresolvedRow> Unresolved)
{
    public bool ChangedAnything => RegionsAdded + IndustriesAdded + BatchesAdded + ClustersAdded + DesignationsAdded + ClassificationsApplied > 0;
}

public sealed record UnresolvedRow(int BatchYear, string ClusterName, string Reason);
