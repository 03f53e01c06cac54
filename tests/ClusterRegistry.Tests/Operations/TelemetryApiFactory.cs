using System.Collections.Concurrent;
using System.Diagnostics;
using ClusterRegistry.Tests.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ClusterRegistry.Tests.Operations;

/// <summary>
/// The real API (with the transport's test fields, among them a throwing one) whose OpenTelemetry providers also
/// export in memory: every span as it ends, and the metrics on <see cref="CollectMetrics"/>.
/// </summary>
public sealed class TelemetryApiFactory : TransportTestApiFactory
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly List<Metric> _metrics = [];

    public IReadOnlyList<Activity> Spans => [.. _spans];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(new QueueExporter(_spans))));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics));
        });
    }

    /// <summary>The metrics recorded so far, by instrument name.</summary>
    public IReadOnlyDictionary<string, Metric> CollectMetrics()
    {
        lock (_metrics)
        {
            _metrics.Clear();
            Services.GetRequiredService<MeterProvider>().ForceFlush();
            return _metrics.GroupBy(metric => metric.Name).ToDictionary(group => group.Key, group => group.Last());
        }
    }

    // The InMemory exporter's list may not be read while the server adds to it, and spans end on server threads.
    private sealed class QueueExporter(ConcurrentQueue<Activity> spans) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var span in batch)
                spans.Enqueue(span);
            return ExportResult.Success;
        }
    }
}
