using ClusterRegistry.Batches;
using ClusterRegistry.Data;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Clusters;

/// <summary>
/// The facet counts of a search at a data version of the registry (read once per request), each computed once and
/// then served from <see cref="ClusterFacetCache"/> until the registry changes.
/// </summary>
public sealed class ClusterFacets(IDbContextFactory<RegistryDbContext> contexts, ClusterFacetCache cache)
{
    public Task<int> TotalCountAsync(ClusterSearch search, long dataVersion, CancellationToken ct) =>
        Cached(search, dataVersion, "totalCount", ClusterFacetQueries.TotalCountAsync, ct);

    public Task<IReadOnlyList<FacetCount>> ByProvinceAsync(ClusterSearch search, long dataVersion, CancellationToken ct) =>
        Cached(search, dataVersion, "byProvince", ClusterFacetQueries.ByProvinceAsync, ct);

    public Task<IReadOnlyList<FacetCount>> ByIndustryAsync(ClusterSearch search, long dataVersion, CancellationToken ct) =>
        Cached(search, dataVersion, "byIndustry", ClusterFacetQueries.ByIndustryAsync, ct);

    public Task<IReadOnlyList<FacetCount>> ByBatchYearAsync(ClusterSearch search, DesignationLevel level, long dataVersion, CancellationToken ct) =>
        Cached(search, dataVersion, $"byBatchYear:{level}", (db, s, token) => ClusterFacetQueries.ByBatchYearAsync(db, s, level, token), ct);

    public Task<IReadOnlyList<FacetCount>> ByStatusAsync(ClusterSearch search, DesignationLevel level, long dataVersion, CancellationToken ct) =>
        Cached(search, dataVersion, $"byStatus:{level}", (db, s, token) => ClusterFacetQueries.ByStatusAsync(db, s, level, token), ct);

    private Task<T> Cached<T>(ClusterSearch search, long dataVersion, string facet,
        Func<RegistryDbContext, ClusterSearch, CancellationToken, Task<T>> query, CancellationToken ct) =>
        cache.GetOrComputeAsync(new FacetKey(dataVersion, search.CanonicalForm(), facet), async stopping =>
        {
            // A context of its own: facets may be computed beside each other and beside the request's other resolvers.
            await using var db = await contexts.CreateDbContextAsync(stopping);
            return await query(db, search, stopping);
        }, ct);
}
