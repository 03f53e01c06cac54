using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ClusterRegistry.Api.Clusters;

/// <summary>One facet of one search at one data version of the registry (the newest audit event id).</summary>
public sealed record FacetKey(long DataVersion, string Search, string Facet);

/// <summary>
/// Facet results in memory, keyed by the data version they were computed at, so a change anywhere is never answered
/// from an older entry. Concurrent requests for a missing entry share one computation.
/// </summary>
public sealed class ClusterFacetCache : IDisposable
{
    private readonly MemoryCache _entries;
    private readonly Lock _gate = new();
    private readonly CancellationToken _stopping;

    public ClusterFacetCache(IOptions<ClusterFacetCacheOptions> options, IHostApplicationLifetime lifetime)
    {
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MaxEntries });
        _stopping = lifetime.ApplicationStopping;
    }

    /// <summary>
    /// The cached result, or <paramref name="compute"/>'s. The computation is not tied to the first caller (its
    /// cancellation must not fail the others waiting for it), only to the application's shutdown.
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(FacetKey key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        Task<T>? result;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out result) || result is null)
            {
                result = Task.Run(() => compute(_stopping), _stopping);
                _entries.Set(key, result, new MemoryCacheEntryOptions { Size = 1 });
            }
        }
        try
        {
            return await result.WaitAsync(cancellationToken);
        }
        catch when (result.IsFaulted || result.IsCanceled)
        {
            lock (_gate)
                if (_entries.TryGetValue(key, out Task<T>? kept) && kept == result) _entries.Remove(key);
            throw;
        }
    }

    public void Dispose() => _entries.Dispose();
}
