using ClusterRegistry.Api.Loading;
using ClusterRegistry.Clusters;
using ClusterRegistry.Policies;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Policies;

public sealed class PolicySupportLoaders
{
    private readonly BatchLoader<int, PolicySupport?> _policies;
    private readonly BatchLoader<int, IReadOnlyList<Cluster>> _clusters;

    public PolicySupportLoaders(LoaderQueries queries)
    {
        _policies = new((ids, ct) => queries.RunAsync(db =>
            db.PolicySupports.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (PolicySupport?)p, ct)), null);
        _clusters = new((ids, ct) => queries.RunAsync(async db => LoaderQueries.GroupedBy(
            await db.ClusterPolicySupports.Where(link => ids.Contains(EF.Property<int>(link, "PolicySupportId")))
                .Join(db.Clusters, link => EF.Property<int>(link, "ClusterId"), c => c.Id,
                    (link, c) => new { PolicyId = EF.Property<int>(link, "PolicySupportId"), Cluster = c })
                .OrderBy(x => x.Cluster.Id).ToListAsync(ct),
            x => x.PolicyId).ToDictionary(g => g.Key, g => (IReadOnlyList<Cluster>)g.Value.Select(x => x.Cluster).ToList())), []);
    }

    public IDataLoaderResult<PolicySupport?> PolicySupport(int id) => _policies.Load(id);
    public IDataLoaderResult<IReadOnlyList<Cluster>> Clusters(int policyId) => _clusters.Load(policyId);
}
