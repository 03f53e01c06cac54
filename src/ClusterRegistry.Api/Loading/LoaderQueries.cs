using ClusterRegistry.Data;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Loading;

/// <summary>Runs one batch query on a context of its own, since sibling resolvers run in parallel.</summary>
public sealed class LoaderQueries(IDbContextFactory<RegistryDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<TKey, TValue>> RunAsync<TKey, TValue>(
        Func<RegistryDbContext, Task<Dictionary<TKey, TValue>>> query) where TKey : notnull
    {
        await using var db = await contexts.CreateDbContextAsync();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await query(db);
    }

    public static Dictionary<TKey, IReadOnlyList<TValue>> GroupedBy<TKey, TValue>(IEnumerable<TValue> rows, Func<TValue, TKey> key)
        where TKey : notnull =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)g.ToList());
}
