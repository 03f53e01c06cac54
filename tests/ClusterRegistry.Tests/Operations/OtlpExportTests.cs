using System.Collections.Concurrent;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace ClusterRegistry.Tests.Operations;

public sealed class OtlpExportTests
{
    [Fact]
    public async Task With_an_endpoint_configured_traces_go_to_the_collector_over_otlp()
    {
        await using var collector = await FakeCollector.StartAsync();
        using var factory = new OtlpApiFactory(collector.Address);

        await factory.CreateClient().PostGraphQLAsync("query Exported { __typename }");
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();

        await Eventually.TrueAsync(() => collector.Received.Contains("/v1/traces"), "the collector to receive traces");
    }

    private sealed class OtlpApiFactory(Uri collector) : RegistryApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:MigrateAndSeedOnStartup"] = "false",
            ["OpenTelemetry:OtlpEndpoint"] = collector.ToString(),
            ["OpenTelemetry:OtlpProtocol"] = "HttpProtobuf",
        };
    }

    /// <summary>Stands in for an OpenTelemetry collector on a loopback port: notes the path of every POST.</summary>
    private sealed class FakeCollector(WebApplication app) : IAsyncDisposable
    {
        public ConcurrentBag<string> Received { get; } = [];

        public Uri Address => new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

        public static async Task<FakeCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var collector = new FakeCollector(app);
            app.MapPost("/{**signal}", (HttpContext http) =>
            {
                collector.Received.Add(http.Request.Path.Value!);
                return Results.Ok();
            });
            await app.StartAsync();
            return collector;
        }

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
