using GraphQL.DataLoader;

namespace ClusterRegistry.Api.Loading;

public static class DataLoaderResultExtensions
{
    /// <summary>Maps a batched result without forcing the batch early.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new Mapped<T, TResult>(result, map);

    /// <summary>A result already known, for a lookup answered from memory where a batched one is expected.</summary>
    public static IDataLoaderResult<T> Known<T>(T value) => new KnownResult<T>(value);

    /// <summary>
    /// A task already running, handed to the execution strategy as a deferred result: sibling fields then start their
    /// own work before any of it is awaited, even under serial execution.
    /// </summary>
    public static IDataLoaderResult<T> Running<T>(Task<T> running) => new RunningResult<T>(running);

    private sealed class RunningResult<T>(Task<T> running) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => running;

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await running;
    }

    private sealed class KnownResult<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var pending = inner.GetResultAsync(cancellationToken);
            return pending.IsCompletedSuccessfully ? Task.FromResult(map(pending.Result)) : MapAsync(pending);
        }

        private async Task<TResult> MapAsync(Task<T> pending) => map(await pending);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
