namespace ClusterRegistry.Api.Caching;

/// <summary>The registry's data version as one request sees it: read at most once, however many resolvers ask.</summary>
public sealed class RequestDataVersion(RegistryDataVersion dataVersion)
{
    private Task<long>? _current;

    public Task<long> CurrentAsync(CancellationToken cancellationToken) =>
        LazyInitializer.EnsureInitialized(ref _current, () => dataVersion.CurrentAsync(cancellationToken));
}
