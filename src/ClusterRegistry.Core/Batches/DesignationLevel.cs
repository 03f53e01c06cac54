namespace ClusterRegistry.Batches;

public enum DesignationLevel
{
    National = 1,
    Provincial = 2,
}
