using ClusterRegistry.Api.Loading;
using ClusterRegistry.Audit;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Audit;

public sealed class AuditLoaders(LoaderQueries queries)
{
    private readonly BatchLoader<int, IReadOnlyList<AuditEvent>> _history = new((ids, ct) => queries.RunAsync(async db =>
        LoaderQueries.GroupedBy(
            await db.AuditEvents.Where(a => a.ClusterId != null && ids.Contains(a.ClusterId.Value)).OrderBy(a => a.Id).ToListAsync(ct),
            a => a.ClusterId!.Value)), []);

    public IDataLoaderResult<IReadOnlyList<AuditEvent>> History(int clusterId) => _history.Load(clusterId);
}
