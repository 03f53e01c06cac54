using ClusterRegistry.Api.Loading;
using ClusterRegistry.Industries;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Industries;

public sealed class IndustryLoaders
{
    private readonly BatchLoader<string, Industry?> _industries;
    private readonly BatchLoader<string, int> _clusterCounts;

    public IndustryLoaders(LoaderQueries queries)
    {
        _industries = new((codes, ct) => queries.RunAsync(db =>
            db.Industries.Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => (Industry?)i, ct)), null);
        // A section's count covers its divisions; clusters are classified by division.
        _clusterCounts = new((codes, ct) => queries.RunAsync(async db =>
        {
            var byDivision = await db.Clusters.Where(c => c.IndustryCode != null).GroupBy(c => c.IndustryCode!)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var sections = await db.Industries.Where(i => i.ParentCode != null).ToDictionaryAsync(i => i.Code, i => i.ParentCode!, ct);
            return codes.ToDictionary(code => code, code => byDivision
                .Where(d => d.Key == code || (sections.TryGetValue(d.Key, out var section) && section == code))
                .Sum(d => d.Value));
        }), 0);
    }

    public IDataLoaderResult<Industry?> Industry(string code) => _industries.Load(code);
    public IDataLoaderResult<int> ClusterCount(string code) => _clusterCounts.Load(code);
}
