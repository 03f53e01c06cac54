using System.Net;
using System.Net.Http.Headers;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Tests.Auth;
using ClusterRegistry.Tests.Infrastructure;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Caching;

/// <summary>The in-memory output cache; a response served from it carries an <c>Age</c> header and runs no SQL.</summary>
public sealed class OutputCacheTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_repeated_anonymous_get_is_served_from_the_cache()
    {
        using var first = await _client.SendAsync(Get("{ regions { code name } }"));
        factory.SqlStatements.Reset();

        using var second = await _client.SendAsync(Get("{ regions { code name } }"));

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(0, factory.SqlStatements.Count);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task The_cache_is_keyed_by_the_accept_header()
    {
        using var modern = await _client.SendAsync(Get("{ industries { code } }", accept: "application/graphql-response+json"));
        using var modernAgain = await _client.SendAsync(Get("{ industries { code } }", accept: "application/graphql-response+json"));

        using var legacy = await _client.SendAsync(Get("{ industries { code } }", accept: "application/json"));
        using var legacyAgain = await _client.SendAsync(Get("{ industries { code } }", accept: "application/json"));

        Assert.NotNull(modernAgain.Headers.Age);
        Assert.Equal("application/graphql-response+json", modernAgain.Content.Headers.ContentType?.MediaType);
        Assert.Null(legacy.Headers.Age);
        Assert.Equal("application/json", legacy.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(legacyAgain.Headers.Age);
        Assert.Equal("application/json", legacyAgain.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_official_is_never_served_from_the_cache()
    {
        using var anonymous = await _client.SendAsync(Get("{ batches { year } }"));
        using var anonymousAgain = await _client.SendAsync(Get("{ batches { year } }"));
        Assert.NotNull(anonymousAgain.Headers.Age);
        var request = Get("{ batches { year } }");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(RegistryRoles.Ministry));

        using var official = await _client.SendAsync(request);

        Assert.Null(official.Headers.Age);
        Assert.True(official.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_response_with_errors_is_not_kept()
    {
        using var first = await _client.SendAsync(Get("{ cluster(id: \"not-an-id\") { name } }"));
        using var valid = await _client.SendAsync(Get("{ valid: cluster(id: \"Q2x1c3Rlcjox\") { name } }"));

        using var second = await _client.SendAsync(Get("{ cluster(id: \"not-an-id\") { name } }"));
        using var validAgain = await _client.SendAsync(Get("{ valid: cluster(id: \"Q2x1c3Rlcjox\") { name } }"));

        Assert.Contains("\"errors\"", await second.Content.ReadAsStringAsync());
        Assert.Null(second.Headers.Age);
        Assert.NotNull(validAgain.Headers.Age);
    }

    [Fact]
    public async Task A_mutation_evicts_the_cache()
    {
        using var before = await _client.SendAsync(Get(SyntheticChanges.BatchesOf2030));
        using var cached = await _client.SendAsync(Get(SyntheticChanges.BatchesOf2030));
        Assert.NotNull(cached.Headers.Age);

        await SyntheticChanges.CreateBatchOf2030Async(_client);
        using var after = await _client.SendAsync(Get(SyntheticChanges.BatchesOf2030));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Null(after.Headers.Age);
        Assert.Contains("\"year\":2030", await after.Content.ReadAsStringAsync());
    }
}
