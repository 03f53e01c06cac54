namespace ClusterRegistry.Clusters;

/// <summary>Major changes (重大变动) that must be filed: lead industry, spatial scope or operating institution.</summary>
public enum ChangeKind
{
    LeadIndustry = 1,
    SpatialScope = 2,
    OperatingInstitution = 3,
    Other = 4,
}
