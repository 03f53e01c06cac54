using ClusterRegistry.Batches;
using ClusterRegistry.Clusters;

namespace ClusterRegistry.Tests.Domain;

/// <summary>Synthetic test fixtures: not registry facts.</summary>
internal static class Fixtures
{
    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A synthetic national batch valid 2023-01-01 to 2025-12-31, like the real 2022 batch.</summary>
    public static IdentificationBatch NationalBatch(int year = 2022, string from = "2023-01-01", string until = "2025-12-31") =>
        new(DesignationLevel.National, year, null, "工业和信息化部", D(from), D(until), new Provenance(null, "synthetic test fixture"));

    public static IdentificationBatch ProvincialBatch(string province, int year = 2023) =>
        new(DesignationLevel.Provincial, year, province, "synthetic provincial authority", D($"{year}-07-01"), D($"{year + 3}-06-30"),
            new Provenance(null, "synthetic test fixture"));

    /// <summary>A synthetic cluster in 广州市海珠区 (440105).</summary>
    public static Cluster Cluster(IdentificationBatch batch, string name = "合成测试产业集群") =>
        ClusterRegistry.Clusters.Cluster.Identify(name, ClusterLocation.Of("440105", "4401"), "合成测试", batch, null, null,
            new Provenance(null, "synthetic test fixture"));
}
