using System.Net;
using ClusterRegistry.Api.Http;
using Microsoft.Extensions.DependencyInjection;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Http;

public sealed class DocumentCacheTests(TransportTestApiFactory factory) : IClassFixture<TransportTestApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();
    private readonly DocumentCache _cache = factory.Services.GetRequiredService<DocumentCache>();

    [Fact]
    public async Task A_repeated_query_is_served_from_the_cache()
    {
        var request = Json(new { query = "{ cacheHit: __typename }" });

        var first = await _client.SendGraphQLAsync(Post(request));
        var hitsAfterFirst = _cache.Hits;
        var second = await _client.SendGraphQLAsync(Post(request));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(hitsAfterFirst + 1, _cache.Hits);
    }

    [Fact]
    public async Task An_invalid_document_is_not_cached()
    {
        var request = Json(new { query = "{ cacheMiss: noSuchField }" });

        await _client.SendGraphQLAsync(Post(request));
        var hitsAfterFirst = _cache.Hits;
        var second = await _client.SendGraphQLAsync(Post(request));

        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal(hitsAfterFirst, _cache.Hits);
    }

    [Fact]
    public async Task Variables_are_still_checked_on_a_cache_hit()
    {
        const string query = "query CachedTyped($skip: Boolean!) { __typename @skip(if: $skip) }";
        await _client.SendGraphQLAsync(PostQuery(query, new { skip = false }));
        var hitsAfterFirst = _cache.Hits;

        var response = await _client.SendGraphQLAsync(PostQuery(query, new { skip = "no" }));

        Assert.Equal(hitsAfterFirst + 1, _cache.Hits);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_VALUE", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_repeated_anonymous_request_skips_the_rules_it_passed_but_not_the_variable_checks()
    {
        const string query = "query MemoTyped($name: String!) { __type(name: $name) { name } }";
        await _client.SendGraphQLAsync(PostQuery(query, new { name = "Query" }));
        await _client.SendGraphQLAsync(PostQuery(query, new { name = "Cluster" }));
        var skipped = _cache.RulesSkipped;

        var repeated = await _client.SendGraphQLAsync(PostQuery(query, new { name = "Region" }));
        var mistyped = await _client.SendGraphQLAsync(PostQuery(query, new { name = 5 }));

        Assert.Equal(HttpStatusCode.OK, repeated.Status);
        Assert.Equal("""{"data":{"__type":{"name":"Region"}}}""", repeated.Text);
        Assert.Equal(skipped + 2, _cache.RulesSkipped);
        Assert.Equal(HttpStatusCode.BadRequest, mistyped.Status);
        Assert.Equal("INVALID_VALUE", mistyped.FirstErrorCode);
    }

    [Fact]
    public async Task The_rules_run_again_for_another_page_size_or_method()
    {
        const string query = "query MemoSized($n: Int) { clusters(first: $n) { totalCount } }";
        await _client.SendGraphQLAsync(PostQuery(query, new { n = 5 }));
        var skipped = _cache.RulesSkipped;

        await _client.SendGraphQLAsync(PostQuery(query, new { n = 6 }));
        await _client.SendGraphQLAsync(Get(query, variables: """{"n":5}"""));

        Assert.Equal(skipped, _cache.RulesSkipped);
    }

    [Fact]
    public async Task A_mutation_cached_from_a_post_is_still_refused_over_get()
    {
        const string mutation = "mutation CachedMutation { __typename }";
        var posted = await _client.SendGraphQLAsync(PostQuery(mutation));
        var hitsAfterPost = _cache.Hits;

        var got = await _client.SendGraphQLAsync(Get(mutation));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("""{"data":{"__typename":"Mutation"}}""", posted.Text);
        Assert.Equal(hitsAfterPost + 1, _cache.Hits);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, got.Status);
        Assert.Equal("POST", got.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", got.FirstErrorCode);
    }

    [Fact]
    public async Task Get_picks_the_query_out_of_a_document_that_also_holds_a_mutation()
    {
        const string document = "query Read { __typename } mutation Write { __typename }";

        var read = await _client.SendGraphQLAsync(Get(document, operationName: "Read"));
        var write = await _client.SendGraphQLAsync(Get(document, operationName: "Write"));

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, write.Status);
    }
}
