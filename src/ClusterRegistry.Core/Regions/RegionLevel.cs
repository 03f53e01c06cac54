namespace ClusterRegistry.Regions;

public enum RegionLevel
{
    Province = 1,
    Prefecture = 2,
    County = 3,
}
