using Microsoft.AspNetCore.OutputCaching;

namespace ClusterRegistry.Api.Caching;

/// <summary>Evicts every cached GraphQL response after a mutation, on every node that shares the store.</summary>
internal sealed class OutputCacheInvalidation(IOutputCacheStore store, ILogger<OutputCacheInvalidation> logger) : IRegistryChangeListener
{
    private static readonly TimeSpan EvictionTimeout = TimeSpan.FromSeconds(5);

    public async Task RegistryChangedAsync()
    {
        // The change is committed whatever happens here, so a failure is logged rather than failing the mutation.
        using var timeout = new CancellationTokenSource(EvictionTimeout);
        try
        {
            await store.EvictByTagAsync(GraphQLOutputCachePolicy.Tag, timeout.Token);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not evict cached GraphQL responses after a mutation; they expire on their own.");
        }
    }
}
