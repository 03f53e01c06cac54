namespace ClusterRegistry.Policies;

public enum AuthorityLevel
{
    National = 1,
    Provincial = 2,
    Prefecture = 3,
    County = 4,
}
