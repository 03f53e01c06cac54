using System.Net;
using System.Net.Http.Headers;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Tests.Auth;
using ClusterRegistry.Tests.Infrastructure;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Caching;

/// <summary>The real API without the server-side output cache, so that every request reaches the transport.</summary>
public sealed class HttpCachingApiFactory : RegistryApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["OutputCache:Enabled"] = "false" };
}

public sealed class HttpCachingTests(HttpCachingApiFactory factory) : IClassFixture<HttpCachingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task An_anonymous_get_is_publicly_cacheable_with_an_etag()
    {
        using var response = await _client.SendAsync(Get("{ regions { code } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl?.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task The_current_etag_in_if_none_match_gets_304_without_a_body()
    {
        using var first = await _client.SendAsync(Get("{ industries { code } }"));
        var revalidate = Get("{ industries { code } }");
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.True(second.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task A_mutation_changes_the_etag_so_no_stale_registry_is_served()
    {
        using var before = await _client.SendAsync(Get(SyntheticChanges.BatchesOf2030));
        var etagBefore = before.Headers.ETag!;
        Assert.Equal("""{"data":{"batches":[]}}""", await before.Content.ReadAsStringAsync());

        await SyntheticChanges.CreateBatchOf2030Async(_client);
        var revalidate = Get(SyntheticChanges.BatchesOf2030);
        revalidate.Headers.IfNoneMatch.Add(etagBefore);
        using var after = await _client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("\"year\":2030", await after.Content.ReadAsStringAsync());
        Assert.NotNull(after.Headers.ETag);
        Assert.NotEqual(etagBefore, after.Headers.ETag);
    }

    [Fact]
    public async Task The_etag_depends_on_the_query_and_the_accepted_media_type()
    {
        using var regions = await _client.SendAsync(Get("{ regions { code } }"));
        using var regionNames = await _client.SendAsync(Get("{ regions { name } }"));
        using var legacy = await _client.SendAsync(Get("{ regions { code } }", accept: "application/graphql-response+json"));

        Assert.NotEqual(regions.Headers.ETag, regionNames.Headers.ETag);
        Assert.NotEqual(regions.Headers.ETag, legacy.Headers.ETag);
    }

    [Fact]
    public async Task A_post_is_not_stored()
    {
        using var response = await _client.SendAsync(PostQuery("{ regions { code } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task An_official_get_is_not_stored()
    {
        var request = Get("{ regions { code } }");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(RegistryRoles.Ministry));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    [Theory]
    [InlineData("{ noSuchField }", null)]
    [InlineData("{ noSuchField }", "application/json")]
    [InlineData("{ cluster(id: \"not-an-id\") { name } }", null)]
    public async Task A_get_answered_with_errors_is_not_stored(string query, string? accept)
    {
        using var response = await _client.SendAsync(Get(query, accept: accept));

        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }
}
