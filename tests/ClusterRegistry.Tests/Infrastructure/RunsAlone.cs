namespace ClusterRegistry.Tests.Infrastructure;

/// <summary>
/// Tests that bound a time or stop a server of their own run after the parallel tests, one class at a time: on two
/// cores, sharing the machine with the rest of the suite would test the machine's load, not the feature.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "runs alone";
}
