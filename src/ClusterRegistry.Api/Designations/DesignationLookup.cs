using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Batches;
using ClusterRegistry.Clusters;
using ClusterRegistry.Designations;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Designations;

internal static class DesignationLookup
{
    /// <summary>
    /// A designation with its cluster. National designations are MIIT's to review or revoke; provincial ones belong
    /// to their province's officials.
    /// </summary>
    public static async Task<(Cluster Cluster, Designation Designation)> LoadAsync(MutationScope scope, string? designationId, string what)
    {
        var id = MutationInputs.Id(designationId, DesignationType.TypeName, "designationId");
        var clusterId = await scope.Db.Designations.Where(d => d.Id == id).Select(d => (int?)d.ClusterId).SingleOrDefaultAsync()
            ?? throw MutationRefused.NotFound("designationId", "designation");
        var cluster = await scope.Db.Clusters
            .Include(c => c.Designations).ThenInclude(d => d.Batch)
            .Include(c => c.Designations).ThenInclude(d => d.Reviews)
            .AsSplitQuery()
            .SingleAsync(c => c.Id == clusterId);
        var designation = cluster.Designations.Single(d => d.Id == id);
        if (designation.Level == DesignationLevel.National) scope.RequireMinistry(what);
        else scope.RequireProvince(cluster.ProvinceCode);
        return (cluster, designation);
    }
}
