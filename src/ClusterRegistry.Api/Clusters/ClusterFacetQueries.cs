using ClusterRegistry.Batches;
using ClusterRegistry.Data;
using ClusterRegistry.Designations;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Clusters;

/// <summary>The database queries behind each facet of a search; <see cref="ClusterFacets"/> caches their results.</summary>
internal static class ClusterFacetQueries
{
    public const string NotClassified = "未分类 (not classified)";

    public static Task<int> TotalCountAsync(RegistryDbContext db, ClusterSearch search, CancellationToken ct) =>
        search.Apply(db).CountAsync(ct);

    public static async Task<IReadOnlyList<FacetCount>> ByProvinceAsync(RegistryDbContext db, ClusterSearch search, CancellationToken ct) =>
        (await search.Apply(db).GroupBy(x => x.ProvinceCode).Select(g => new { g.Key, Count = g.Count() })
            .Join(db.Regions, g => g.Key, r => r.Code, (g, r) => new { g.Key, r.Name, g.Count })
            .ToListAsync(ct))
        .Select(g => new FacetCount(g.Key, g.Name, g.Count)).OrderByDescending(f => f.Count).ThenBy(f => f.Value).ToList();

    public static async Task<IReadOnlyList<FacetCount>> ByIndustryAsync(RegistryDbContext db, ClusterSearch search, CancellationToken ct) =>
        (await search.Apply(db).GroupBy(x => x.IndustryCode).Select(g => new { g.Key, Count = g.Count() })
            .GroupJoin(db.Industries, g => g.Key, i => i.Code, (g, i) => new { g, i })
            .SelectMany(x => x.i.DefaultIfEmpty(), (x, i) => new { x.g.Key, Name = i == null ? null : i.NameZh, x.g.Count })
            .ToListAsync(ct))
        .Select(g => new FacetCount(g.Key, g.Name ?? NotClassified, g.Count))
        .OrderByDescending(f => f.Count).ThenBy(f => f.Value).ToList();

    /// <summary>A cluster counts once in each year it was identified at the level.</summary>
    public static async Task<IReadOnlyList<FacetCount>> ByBatchYearAsync(RegistryDbContext db, ClusterSearch search, DesignationLevel level,
        CancellationToken ct) =>
        (await DesignationsAt(db, search, level)
            .GroupBy(d => d.Batch.Year).Select(g => new { g.Key, Count = g.Select(d => d.ClusterId).Distinct().Count() })
            .ToListAsync(ct))
        .OrderBy(g => g.Key).Select(g => new FacetCount(g.Key.ToString(), g.Key.ToString(), g.Count)).ToList();

    /// <summary>A cluster counts once per status its designations at the level have on the date.</summary>
    public static async Task<IReadOnlyList<FacetCount>> ByStatusAsync(RegistryDbContext db, ClusterSearch search, DesignationLevel level,
        CancellationToken ct)
    {
        // One pass over the matching designations, not one scan per status.
        var counted = await DesignationsAt(db, search, level)
            .Select(DesignationStatusFilter.StatusOn(search.StatusDate))
            .GroupBy(s => s.Status)
            .Select(g => new { g.Key, Count = g.Select(s => s.ClusterId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return Enum.GetValues<DesignationStatus>()
            .Select(status => new FacetCount(StatusName(status), StatusName(status), counted.GetValueOrDefault(status)))
            .ToList();
    }

    /// <summary>
    /// The designations at a level of the matching clusters. Every designation belongs to a cluster (the foreign key is
    /// required), so a search that matches every cluster reads the designations alone, over their level index.
    /// </summary>
    private static IQueryable<Designation> DesignationsAt(RegistryDbContext db, ClusterSearch search, DesignationLevel level) =>
        (search.MatchesEverything ? db.Designations : search.Apply(db).SelectMany(c => c.Designations))
            .Where(d => d.Level == level);

    private static string StatusName(DesignationStatus status) => status.ToString().ToConstantCase();
}
