using ClusterRegistry.Api.PersistedOperations;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.PersistedOperations;

/// <summary>
/// The stored operations as files in schema/operations and its site/ folder (the website's), named by their path
/// under schema/operations, with variables to run each with.
/// </summary>
public static class PersistedOperationFiles
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot.Path, "schema", "operations");

    public static IEnumerable<string> Names =>
        System.IO.Directory.GetFiles(Directory, "*.graphql", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Directory, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order();

    public static string IdOf(string name) => PersistedOperationStore.IdOf(File.ReadAllText(Path.Combine(Directory, name)));

    /// <summary>Variables a portal would send; every operation with a required variable needs an entry.</summary>
    public static object? SampleVariables(string name) => name switch
    {
        "ClusterDetail.graphql" => new { id = GlobalId.Encode("Cluster", 1) },
        "ClusterFacets.graphql" => new { where = new { province = new { code = new { eq = "44" } } } },
        "SearchClusters.graphql" => new { search = "纺织", order = new[] { new { batchYear = "DESC" } } },
        "site/Cluster.graphql" => new { id = GlobalId.Encode("Cluster", 1) },
        "site/Batch.graphql" => new { id = GlobalId.Encode("IdentificationBatch", 1) },
        "site/Region.graphql" => new { code = "44", where = new { province = new { code = new { eq = "44" } } }, first = 20 },
        "site/Search.graphql" => new
        {
            search = "电子",
            where = new { province = new { code = new { eq = "32" } } },
            order = new object[] { new { regionCode = "ASC" }, new { name = "ASC" } },
            first = 20,
            province = "32",
            prefecture = "3205",
            withPrefectures = true,
            withCounties = true,
        },
        "site/Sitemap.graphql" => new { withReference = true },
        _ => null,
    };
}
