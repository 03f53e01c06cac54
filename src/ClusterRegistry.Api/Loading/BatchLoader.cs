using GraphQL.DataLoader;

namespace ClusterRegistry.Api.Loading;

/// <summary>
/// Collects the keys that sibling resolvers ask for and fetches them in one query when GraphQL.NET's execution
/// strategy first asks for a result. One instance lives for one request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_pending)
        {
            if (!_loaded.ContainsKey(key)) _pending.Add(key);
        }
        return new Result(this, key);
    }

    /// <summary>Whether the key has been asked for in this request, fetched or not.</summary>
    public bool Requested(TKey key)
    {
        lock (_pending) return _pending.Contains(key) || _loaded.ContainsKey(key);
    }

    /// <summary>Stores a value fetched ahead of the batch, e.g. with the page that lists the keys.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_pending)
        {
            _loaded[key] = value;
            _pending.Remove(key);
        }
    }

    public bool TryGetLoaded(TKey key, out TValue value)
    {
        lock (_pending) return _loaded.TryGetValue(key, out value!);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            TKey[] keys;
            lock (_pending)
            {
                if (_loaded.TryGetValue(key, out var value)) return value;
                _pending.Add(key);
                keys = [.. _pending];
                _pending.Clear();
            }
            var fetched = await fetch(keys, ct);
            lock (_pending)
            {
                foreach (var k in keys) _loaded[k] = fetched.TryGetValue(k, out var v) ? v : missing;
                return _loaded[key];
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        // Once the batch is fetched, sibling results complete without waiting on the gate.
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.TryGetLoaded(key, out var value) ? Task.FromResult(value) : loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
