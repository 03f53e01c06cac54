using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Clusters;
using ClusterRegistry.Industries;
using ClusterRegistry.Regions;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Clusters;

/// <summary>Loads what a cluster mutation acts on, refusing unknown ids and codes as typed errors.</summary>
internal static class ClusterLookup
{
    public static async Task<Cluster> LoadAsync(MutationScope scope, string? clusterId, string field = "clusterId")
    {
        var id = MutationInputs.Id(clusterId, ClusterType.TypeName, field);
        var cluster = await scope.Db.Clusters
            .Include(c => c.Designations).ThenInclude(d => d.Batch)
            .Include(c => c.Designations).ThenInclude(d => d.Reviews)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id) ?? throw MutationRefused.NotFound(field, "cluster");
        scope.RequireProvince(cluster.ProvinceCode);
        return cluster;
    }

    /// <summary>A division code names a cluster's place only at county level (Art. 2).</summary>
    public static async Task<ClusterLocation> CountyAsync(MutationScope scope, string? countyCode, string field)
    {
        var county = await scope.Db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == countyCode)
            ?? throw MutationRefused.InvalidInput(field, $"'{countyCode}' is not a division code.");
        if (county.Level != RegionLevel.County)
            throw MutationRefused.InvalidInput(field, $"'{countyCode}' ({county.Name}) is a {county.Level}; a cluster lies in a county-level division.");
        return ClusterLocation.Of(county.Code, county.ParentCode!);
    }

    public static async Task<string?> IndustryDivisionAsync(MutationScope scope, string? code, string field)
    {
        if (string.IsNullOrEmpty(code)) return null;
        return await scope.Db.Industries.AnyAsync(i => i.Code == code && i.Level == IndustryLevel.Division)
            ? code
            : throw MutationRefused.InvalidInput(field, $"'{code}' is not a GB/T 4754-2017 division in the registry.");
    }
}
