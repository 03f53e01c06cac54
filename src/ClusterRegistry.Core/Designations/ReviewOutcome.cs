namespace ClusterRegistry.Designations;

public enum ReviewOutcome
{
    Passed = 1,
    Failed = 2,
}
