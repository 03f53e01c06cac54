using ClusterRegistry.Data;
using ClusterRegistry.Regions;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Regions;

/// <summary>
/// The national division codes, held in memory. They are reference data that only a new release of the seed files
/// changes (no mutation writes them), and every list page names the regions of its clusters, so reading them per
/// request would only repeat the same answer. Loaded at start-up after seeding, or on first use.
/// </summary>
public sealed class RegionCatalog(IDbContextFactory<RegistryDbContext> contexts)
{
    private readonly Lock _gate = new();
    private Divisions? _divisions;

    public Region? Find(string code) => Current.ByCode.GetValueOrDefault(code);

    /// <summary>The divisions one level down, by code; for null, the provinces.</summary>
    public IReadOnlyList<Region> ChildrenOf(string? code) => Current.ByParent.GetValueOrDefault(code ?? "") ?? [];

    public async Task LoadAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        Keep(await db.Regions.AsNoTracking().ToListAsync(ct));
    }

    private Divisions Current => Volatile.Read(ref _divisions) ?? LoadNow();

    private Divisions LoadNow()
    {
        lock (_gate)
        {
            if (_divisions is { } loaded) return loaded;
            using var db = contexts.CreateDbContext();
            return Keep(db.Regions.AsNoTracking().ToList());
        }
    }

    // An empty table (a database not yet seeded) is not kept, so a later call reads it again.
    private Divisions Keep(List<Region> regions)
    {
        var divisions = new Divisions(regions);
        if (regions.Count > 0) Volatile.Write(ref _divisions, divisions);
        return divisions;
    }

    private sealed class Divisions(List<Region> regions)
    {
        public Dictionary<string, Region> ByCode { get; } = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);

        public Dictionary<string, IReadOnlyList<Region>> ByParent { get; } = regions
            .GroupBy(r => r.ParentCode ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Region>)[.. g.OrderBy(r => r.Code, StringComparer.Ordinal)], StringComparer.Ordinal);
    }
}
