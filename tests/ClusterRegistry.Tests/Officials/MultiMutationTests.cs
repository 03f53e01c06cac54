using System.Net;
using System.Text.Json.Nodes;
using ClusterRegistry.Data;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ClusterRegistry.Tests.Officials.OfficialsApi;

namespace ClusterRegistry.Tests.Officials;

/// <summary>
/// A document with several mutations: every field's authorization is decided before the first runs, so a document
/// refused in part writes nothing and is never a 4xx after a commit. Synthetic fixtures.
/// </summary>
public sealed class MultiMutationTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private const string TwoIdentifications = """
        mutation($a: RecordIdentificationInput!, $b: RecordIdentificationInput!) {
          a: recordIdentification(input: $a) { designation { id } errors { __typename } }
          b: recordIdentification(input: $b) { designation { id } errors { __typename } }
        }
        """;

    private static int _number;

    private static string NewName() => $"合成测试多变更集群{Interlocked.Increment(ref _number):D4}";

    private async Task<object> InCountyAsync(string name, string county) => new
    {
        batchId = await factory.NationalBatchAsync(),
        newCluster = new { name, countyCode = county, leadIndustry = "合成测试产业" },
        sourceNote = SyntheticNote,
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_document_refused_in_part_writes_nothing_and_answers_403(bool refusedSecond)
    {
        // A Guangdong official may record in Guangdong (440106) but not in Jiangsu (320102); national batches need
        // the ministry, so the provincial batch of Guangdong is used.
        var allowed = new { batchId = await factory.GuangdongBatchAsync(), newCluster = new { name = NewName(), countyCode = GuangzhouTianhe, leadIndustry = "合成测试产业" }, sourceNote = SyntheticNote };
        var refused = new { batchId = await factory.GuangdongBatchAsync(), newCluster = new { name = NewName(), countyCode = NanjingXuanwu, leadIndustry = "合成测试产业" }, sourceNote = SyntheticNote };
        var before = await factory.CountRowsAsync();

        var (response, body) = await factory.Client(Caller.Guangdong).PostGraphQLAsync(TwoIdentifications,
            refusedSecond ? new { a = (object)allowed, b = (object)refused } : new { a = (object)refused, b = (object)allowed });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(body["data"]);
        Assert.All(body["errors"]!.AsArray(), e => Assert.Equal("AUTH_NOT_AUTHORIZED", e!["extensions"]!["code"]!.GetValue<string>()));
        Assert.Equal(before, await factory.CountRowsAsync());
        Assert.Equal(0, await ClustersNamedAsync(allowed.newCluster.name));
    }

    [Fact]
    public async Task A_document_allowed_in_full_runs_every_mutation_once()
    {
        var first = NewName();
        var second = NewName();
        var before = await factory.CountRowsAsync();

        var (response, body) = await factory.Client(Caller.Ministry).PostGraphQLAsync(TwoIdentifications,
            new { a = await InCountyAsync(first, GuangzhouTianhe), b = await InCountyAsync(second, NanjingXuanwu) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(body["data"]!["a"]!["designation"]);
        Assert.NotNull(body["data"]!["b"]!["designation"]);
        Assert.Equal(before.Clusters + 2, (await factory.CountRowsAsync()).Clusters);
        Assert.Equal(1, await ClustersNamedAsync(first));
        Assert.Equal(1, await ClustersNamedAsync(second));
    }

    private async Task<int> ClustersNamedAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Clusters.CountAsync(c => c.NameZh == name);
    }
}
