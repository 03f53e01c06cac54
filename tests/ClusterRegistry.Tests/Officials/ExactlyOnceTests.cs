using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClusterRegistry.Data;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ClusterRegistry.Tests.Officials.Mutations;
using static ClusterRegistry.Tests.Officials.OfficialsApi;

namespace ClusterRegistry.Tests.Officials;

/// <summary>
/// Every write happens once: a cluster's natural key (name in its county) refuses copies, also 20 concurrent ones, and an
/// <c>Idempotency-Key</c> makes a retry return the first answer without writing. Synthetic fixtures.
/// </summary>
public sealed class ExactlyOnceTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private const int Copies = 20;
    private static int _number;

    private static string NewName() => $"合成测试幂等集群{Interlocked.Increment(ref _number):D4}";

    private async Task<object> IdentificationAsync(string name) => new
    {
        batchId = await factory.NationalBatchAsync(),
        newCluster = new { name, countyCode = GuangzhouTianhe, leadIndustry = "合成测试产业" },
        sourceNote = SyntheticNote,
    };

    [Fact]
    public async Task A_second_identification_of_the_same_name_in_the_same_county_is_a_typed_error_and_writes_nothing()
    {
        var input = await IdentificationAsync(NewName());
        await factory.SucceedAsync(Caller.Ministry, RecordIdentification, input);
        var before = await factory.CountRowsAsync();

        var again = await factory.MutateAsync(Caller.Ministry, RecordIdentification, input);

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Null(again.Result);
        Assert.Equal("DUPLICATE_CLUSTER", Assert.Single(again.PayloadErrors!)!["code"]!.GetValue<string>());
        Assert.Equal(before, await factory.CountRowsAsync());
    }

    [Fact]
    public async Task Twenty_concurrent_copies_without_a_key_create_exactly_one_cluster()
    {
        var name = NewName();
        var input = await IdentificationAsync(name);

        var responses = await Task.WhenAll(Enumerable.Range(0, Copies).Select(_ => factory.MutateAsync(Caller.Ministry, RecordIdentification, input)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Single(responses, r => r.PayloadErrors is null);
        Assert.All(responses.Where(r => r.PayloadErrors is not null), r =>
            Assert.Contains(Assert.Single(r.PayloadErrors!)!["code"]!.GetValue<string>(), new[] { "DUPLICATE_CLUSTER", "DUPLICATE" }));
        Assert.Equal(1, await ClustersNamedAsync(name));
    }

    [Fact]
    public async Task Twenty_concurrent_retries_with_one_key_create_exactly_one_cluster_and_a_later_retry_replays_the_answer()
    {
        var name = NewName();
        var input = await IdentificationAsync(name);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, Copies).Select(_ => SendAsync(Caller.Ministry, key, input)));

        Assert.Equal(1, await ClustersNamedAsync(name));
        var answered = responses.Where(r => r.Status == HttpStatusCode.OK).ToList();
        Assert.NotEmpty(answered);
        Assert.All(answered, r => Assert.Null(r.Body["data"]![RecordIdentification]!["errors"]));
        Assert.Single(answered.Select(r => r.Body["data"]![RecordIdentification]!["designation"]!["id"]!.GetValue<string>()).Distinct());
        Assert.All(responses.Where(r => r.Status != HttpStatusCode.OK), r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.Status);
            Assert.Equal("IDEMPOTENCY_KEY_IN_PROGRESS", r.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        });

        var before = await factory.CountRowsAsync();
        var retry = await SendAsync(Caller.Ministry, key, input);
        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.True(retry.Replayed);
        Assert.Equal(answered[0].Body.ToJsonString(), retry.Body.ToJsonString());
        Assert.Equal(before, await factory.CountRowsAsync());
    }

    [Fact]
    public async Task The_same_key_with_another_request_is_refused_and_writes_nothing()
    {
        var key = Guid.NewGuid().ToString();
        var first = await SendAsync(Caller.Ministry, key, await IdentificationAsync(NewName()));
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.False(first.Replayed);
        var before = await factory.CountRowsAsync();

        var other = await SendAsync(Caller.Ministry, key, await IdentificationAsync(NewName()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", other.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(before, await factory.CountRowsAsync());
    }

    [Fact]
    public async Task Keys_are_scoped_per_official_and_stored_in_the_database()
    {
        var key = Guid.NewGuid().ToString();
        var ministry = await SendAsync(Caller.Ministry, key, await IdentificationAsync(NewName()));
        var guangdong = await SendAsync(Caller.Guangdong, key, await factory.GuangdongIdentificationAsync(NewName()));

        Assert.False(ministry.Replayed);
        Assert.False(guangdong.Replayed);
        Assert.Null(guangdong.Body["data"]![RecordIdentification]!["errors"]);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        Assert.Equal(2, await db.IdempotencyRecords.CountAsync(r => r.Key == key && r.ResponseStatus == 200));
    }

    [Fact]
    public async Task A_blank_or_overlong_key_is_refused_with_400()
    {
        foreach (var candidate in new[] { " ", new string('k', 256) })
        {
            var response = await SendAsync(Caller.Ministry, candidate, await IdentificationAsync(NewName()));
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Equal("INVALID_IDEMPOTENCY_KEY", response.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
    }

    private async Task<int> ClustersNamedAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Clusters.CountAsync(c => c.NameZh == name);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body, bool Replayed)> SendAsync(Caller caller, string key, object input)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = Document(RecordIdentification), variables = new { input } }),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        using var response = await factory.Client(caller).SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, body, response.Headers.Contains("Idempotent-Replayed"));
    }
}

internal static class GuangdongIdentifications
{
    public static async Task<object> GuangdongIdentificationAsync(this RegistryApiFactory factory, string name) => new
    {
        batchId = await factory.GuangdongBatchAsync(),
        newCluster = new { name, countyCode = GuangzhouTianhe, leadIndustry = "合成测试产业" },
        sourceNote = SyntheticNote,
    };
}
