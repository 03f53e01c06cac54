using System.Collections.Concurrent;
using System.Net;
using ClusterRegistry.Data;
using ClusterRegistry.Tests.Officials;
using ClusterRegistry.Tests.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ClusterRegistry.Tests.Infrastructure;
using static ClusterRegistry.Tests.Officials.OfficialsApi;

namespace ClusterRegistry.Tests.Postgres;

/// <summary>The API on a PostgreSQL server of its own, which the test stops and starts again.</summary>
public sealed class OutagePostgresApiFactory : PostgresApiFactory
{
    private readonly Lazy<Task<PostgresServer>> _server = new(PostgresServer.StartAsync);

    protected override Task<PostgresServer> ServerAsync() => _server.Value;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_server.IsValueCreated) _server.Value.Result.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>
/// PostgreSQL stops in the middle of a stream of officials' writes and starts again: writes in flight fail with a
/// typed error, readiness follows the database, the API recovers by itself and no acknowledged write is lost.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class DatabaseOutageTests(OutagePostgresApiFactory factory) : IClassFixture<OutagePostgresApiFactory>
{
    private const int Writers = 4;
    private const string NamePrefix = "合成测试故障集群";

    [Fact]
    public async Task Writes_during_an_outage_fail_typed_and_none_acknowledged_is_lost()
    {
        var batchId = await factory.NationalBatchAsync();
        var server = factory.PostgresServer;
        var responses = new ConcurrentBag<(string Name, MutationResponse Response, bool ServerUp)>();
        var number = 0;
        using var stop = new CancellationTokenSource();
        var streams = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var name = $"{NamePrefix}{Interlocked.Increment(ref number):D4}";
                var up = server.IsRunning;
                var response = await factory.MutateAsync(Caller.Ministry, Mutations.RecordIdentification, new
                {
                    batchId,
                    newCluster = new { name, countyCode = GuangzhouTianhe, leadIndustry = "合成测试产业" },
                    sourceNote = SyntheticNote,
                });
                responses.Add((name, response, up && server.IsRunning));
            }
        })).ToList();

        await Eventually.TrueAsync(() => responses.Count(r => Acknowledged(r.Response)) >= 10, "writes before the outage");
        await server.StopAsync();
        await Eventually.TrueAsync(() => responses.Count(r => !r.ServerUp && !Acknowledged(r.Response)) >= 5, "writes refused during the outage");
        var (downStatus, _) = await factory.CreateClient().GetHealthAsync("/health/ready");
        await server.StartAgainAsync();
        var acknowledgedBeforeRestart = responses.Count(r => Acknowledged(r.Response));
        await Eventually.TrueAsync(() => responses.Count(r => Acknowledged(r.Response)) >= acknowledgedBeforeRestart + 10, "writes after the restart");
        await stop.CancelAsync();
        await Task.WhenAll(streams);
        var (upStatus, _) = await factory.CreateClient().GetHealthAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
        Assert.Equal(HttpStatusCode.OK, upStatus);
        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.Response.Status);
            Assert.DoesNotContain("INTERNAL_SERVER_ERROR", r.Response.Text);
            if (Acknowledged(r.Response)) return;
            var error = Assert.Single(r.Response.RequestErrors!)!;
            Assert.Equal("DATABASE_UNAVAILABLE", error["extensions"]!["code"]!.GetValue<string>());
            Assert.DoesNotContain("Npgsql", r.Response.Text);
        });

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var clusters = await db.Clusters.Where(c => c.NameZh.StartsWith(NamePrefix)).Select(c => new { c.Id, c.NameZh }).ToListAsync();
        var events = await db.AuditEvents.Where(e => e.Mutation == Mutations.RecordIdentification && e.ClusterId != null)
            .GroupBy(e => e.ClusterId!.Value).Select(g => new { ClusterId = g.Key, Count = g.Count() }).ToListAsync();
        var acknowledged = responses.Where(r => Acknowledged(r.Response)).Select(r => r.Name).ToList();
        Assert.Subset(clusters.Select(c => c.NameZh).ToHashSet(), acknowledged.ToHashSet());
        // Each cluster written (acknowledged or not: a commit may land just as the connection drops) has its two events
        // (the cluster and its designation), and every event belongs to a cluster that exists.
        Assert.All(clusters, c => Assert.Equal(2, events.SingleOrDefault(e => e.ClusterId == c.Id)?.Count));
        Assert.All(events, e => Assert.True(db.Clusters.Any(c => c.Id == e.ClusterId), $"audit events of missing cluster {e.ClusterId}"));
    }

    private static bool Acknowledged(MutationResponse response) =>
        response.Status == HttpStatusCode.OK && response.RequestErrors is null && response.PayloadErrors is null && response.Result is not null;
}
