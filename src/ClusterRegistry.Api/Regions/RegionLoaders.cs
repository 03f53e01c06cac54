using ClusterRegistry.Api.Loading;
using ClusterRegistry.Regions;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Regions;

public sealed class RegionLoaders
{
    private readonly BatchLoader<string, int> _clusterCounts;

    public RegionLoaders(LoaderQueries queries)
    {
        _clusterCounts = new((codes, ct) => queries.RunAsync(async db =>
        {
            var provinces = codes.Where(c => c.Length == 2).ToList();
            var prefectures = codes.Where(c => c.Length == 4).ToList();
            var counties = codes.Where(c => c.Length == 6).ToList();
            var counts = new Dictionary<string, int>();
            if (provinces.Count > 0)
                foreach (var g in await db.Clusters.Where(c => provinces.Contains(c.ProvinceCode)).GroupBy(c => c.ProvinceCode)
                             .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                    counts[g.Key] = g.Count;
            if (prefectures.Count > 0)
                foreach (var g in await db.Clusters.Where(c => prefectures.Contains(c.PrefectureCode)).GroupBy(c => c.PrefectureCode)
                             .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                    counts[g.Key] = g.Count;
            if (counties.Count > 0)
                foreach (var g in await db.Clusters.Where(c => counties.Contains(c.CountyCode)).GroupBy(c => c.CountyCode)
                             .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                    counts[g.Key] = g.Count;
            return counts;
        }), 0);
    }

    public IDataLoaderResult<int> ClusterCount(string code) => _clusterCounts.Load(code);
}
