using ClusterRegistry.Api.PersistedOperations;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.PersistedOperations;

/// <summary>The stored operations as files in schema/operations, with variables to run each with.</summary>
public static class PersistedOperationFiles
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot.Path, "schema", "operations");

    public static IEnumerable<string> Names => System.IO.Directory.GetFiles(Directory, "*.graphql").Select(Path.GetFileName).Order()!;

    public static string IdOf(string name) => PersistedOperationStore.IdOf(File.ReadAllText(Path.Combine(Directory, name)));

    /// <summary>Variables a portal would send; every operation with a required variable needs an entry.</summary>
    public static object? SampleVariables(string name) => name switch
    {
        "ClusterDetail.graphql" => new { id = GlobalId.Encode("Cluster", 1) },
        "ClusterFacets.graphql" => new { where = new { province = new { code = new { eq = "44" } } } },
        "SearchClusters.graphql" => new { search = "纺织", order = new[] { new { batchYear = "DESC" } } },
        _ => null,
    };
}
