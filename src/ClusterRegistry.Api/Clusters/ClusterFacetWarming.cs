using System.Threading.Channels;
using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Batches;

namespace ClusterRegistry.Api.Clusters;

/// <summary>
/// Computes the portal landing page's facets (no conditions, today, national level) in the background after start-up
/// and after each mutation on this node, so that page never waits for the cold queries. Never fails a mutation:
/// it is only told one happened, and a burst of mutations warms the cache once.
/// </summary>
internal sealed class ClusterFacetWarming(ClusterFacets facets, RegistryDataVersion dataVersion, ILogger<ClusterFacetWarming> logger)
    : BackgroundService, IRegistryChangeListener
{
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public Task RegistryChangedAsync()
    {
        _pending.Writer.TryWrite(true);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _pending.Writer.TryWrite(true);
        await foreach (var _ in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await WarmAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                // Shutting down: the facet cache's shared computations stop with the application, a moment before
                // stoppingToken is cancelled. Nothing is lost; the next start warms the cache again.
                logger.LogDebug("Facet warm-up cancelled.");
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not compute the landing page's facets in advance; the first request computes them.");
            }
        }
    }

    private async Task WarmAsync(CancellationToken ct)
    {
        var version = await dataVersion.CurrentAsync(ct);
        var everything = new ClusterSearch(null, null, RegistryClock.Today);
        await facets.TotalCountAsync(everything, version, ct);
        await facets.ByProvinceAsync(everything, version, ct);
        await facets.ByIndustryAsync(everything, version, ct);
        await facets.ByBatchYearAsync(everything, DesignationLevel.National, version, ct);
        await facets.ByStatusAsync(everything, DesignationLevel.National, version, ct);
    }
}
