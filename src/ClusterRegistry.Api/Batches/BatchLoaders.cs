using ClusterRegistry.Api.Loading;
using ClusterRegistry.Batches;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Batches;

public sealed class BatchLoaders
{
    private readonly BatchLoader<int, IdentificationBatch?> _batches;
    private readonly BatchLoader<int, int> _designationCounts;

    public BatchLoaders(LoaderQueries queries)
    {
        _batches = new((ids, ct) => queries.RunAsync(db =>
            db.Batches.Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => (IdentificationBatch?)b, ct)), null);
        _designationCounts = new((ids, ct) => queries.RunAsync(db =>
            db.Designations.Where(d => ids.Contains(d.BatchId)).GroupBy(d => d.BatchId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct)), 0);
    }

    public IDataLoaderResult<IdentificationBatch?> Batch(int id) => _batches.Load(id);
    public IDataLoaderResult<int> DesignationCount(int batchId) => _designationCounts.Load(batchId);
}
