using System.Net;
using ClusterRegistry.Tests.Caching;
using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.Site;

/// <summary>Pages are cached like the API's GETs: an ETag of the data version, 304, the output cache, eviction by a mutation.</summary>
public sealed class SiteCachingTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_page_has_an_etag_and_the_current_etag_gets_304_without_a_body()
    {
        using var first = await _client.GetAsync("/regions/44");
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/regions/44");
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Pages_in_two_languages_or_with_two_queries_have_different_etags()
    {
        using var chinese = await _client.GetAsync("/industries");
        using var english = await _client.GetAsync("/en/industries");
        using var search = await _client.GetAsync("/search?q=%E7%BA%BA%E7%BB%87");
        using var otherSearch = await _client.GetAsync("/search?q=%E7%94%B5%E5%AD%90");

        Assert.NotEqual(chinese.Headers.ETag, english.Headers.ETag);
        Assert.NotEqual(search.Headers.ETag, otherSearch.Headers.ETag);
    }

    [Fact]
    public async Task A_repeated_page_is_served_from_the_output_cache_without_sql()
    {
        using var first = await _client.GetAsync("/about");
        factory.SqlStatements.Reset();

        using var second = await _client.GetAsync("/about");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(0, factory.SqlStatements.Count);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_problem_page_is_not_cached()
    {
        using var first = await _client.GetAsync("/clusters/999999");
        using var second = await _client.GetAsync("/clusters/999999");

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.Null(second.Headers.ETag);
    }
}

/// <summary>A mutation evicts cached pages and changes their ETags (its own registry, as the mutation changes the data).</summary>
public sealed class SiteEvictionTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_mutation_evicts_the_cached_page_and_its_etag_no_longer_matches()
    {
        using var before = await _client.GetAsync("/batches");
        using var cached = await _client.GetAsync("/batches");
        Assert.NotNull(cached.Headers.Age);
        Assert.DoesNotContain("2030年度", await before.Content.ReadAsStringAsync());

        await SyntheticChanges.CreateBatchOf2030Async(_client);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/batches");
        revalidate.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await _client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Null(after.Headers.Age);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("2030年度国家级批次", await after.Content.ReadAsStringAsync());
    }
}
