using System.Net;
using System.Text.RegularExpressions;
using ClusterRegistry.Api.Limits;
using ClusterRegistry.Tests.Http;
using ClusterRegistry.Tests.Infrastructure;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Limits;

public sealed class QueryDepthAndCostTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    // Per cluster: its history, reports and designations with their reviews, three times over.
    private const string ThreePages = """
        query ThreePages($n: Int) {
          a: clusters(first: $n) { ...Heavy }
          b: clusters(first: $n) { ...Heavy }
          c: clusters(last: $n) { ...Heavy }
        }
        fragment Heavy on ClustersConnection {
          nodes {
            history { actor { name } }
            annualReports { cluster { name } }
            designations { reviews { outcome decidedOn document extendedUntil } }
          }
        }
        """;

    [Fact]
    public async Task The_standard_introspection_query_passes_the_default_limits()
    {
        var response = await _client.SendGraphQLAsync(PostQuery(IntrospectionQuery.Text));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Body["errors"]);
        Assert.NotEmpty(response.Body["data"]!["__schema"]!["types"]!.AsArray());
    }

    [Fact]
    public async Task An_operation_nested_too_deep_is_refused_with_400()
    {
        var query = "{ region(code: \"440106\") { " + string.Concat(Enumerable.Repeat("parent { ", 15)) + "code" + new string('}', 16) + " }";

        var response = await _client.SendGraphQLAsync(PostQuery(query));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(QueryLimitErrorCodes.MaxDepthExceeded, response.FirstErrorCode);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task Lists_cost_by_their_page_size()
    {
        var small = await _client.SendGraphQLAsync(PostQuery(ThreePages, new { n = 10 }));
        var large = await _client.SendGraphQLAsync(PostQuery(ThreePages, new { n = 50 }));

        Assert.Equal(HttpStatusCode.OK, small.Status);
        Assert.Equal(HttpStatusCode.BadRequest, large.Status);
        Assert.Equal(QueryLimitErrorCodes.MaxComplexityExceeded, large.FirstErrorCode);
    }

    [Fact]
    public async Task A_page_without_first_or_last_costs_the_default_page_size()
    {
        var response = await _client.SendGraphQLAsync(PostQuery(ThreePages));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task The_cost_is_checked_again_when_the_document_comes_from_the_cache()
    {
        const string query = "query CachedCost($n: Int) " + "{ a: clusters(first: $n) { ...Heavy } b: clusters(first: $n) { ...Heavy } c: clusters(first: $n) { ...Heavy } } fragment Heavy on ClustersConnection { nodes { history { actor { name } } annualReports { cluster { name } } designations { reviews { outcome decidedOn document extendedUntil } } } }";
        var cached = await _client.SendGraphQLAsync(PostQuery(query, new { n = 1 }));

        var costly = await _client.SendGraphQLAsync(PostQuery(query, new { n = 50 }));

        Assert.Equal(HttpStatusCode.OK, cached.Status);
        Assert.Equal(HttpStatusCode.BadRequest, costly.Status);
        Assert.Equal(QueryLimitErrorCodes.MaxComplexityExceeded, costly.FirstErrorCode);
    }
}

public sealed class CostMeasurementTests(MeasuringApiFactory factory) : IClassFixture<MeasuringApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_default_limits_leave_headroom_over_the_standard_introspection_query()
    {
        var (depth, cost) = await MeasureAsync(IntrospectionQuery.Text);

        var defaults = new QueryLimitsOptions();
        Assert.Equal(13, depth);
        Assert.True(depth + 2 <= defaults.MaxDepth, $"Introspection depth {depth} leaves too little headroom under {defaults.MaxDepth}.");
        Assert.True(cost * 2 <= defaults.MaxComplexity, $"Introspection cost {cost} leaves too little headroom under {defaults.MaxComplexity}.");
    }

    [Theory]
    [InlineData("{ clusters(first: 3) { nodes { id name } } }", 8)]
    [InlineData("{ clusters(last: 3) { edges { node { id } } } }", 8)]
    [InlineData("{ clusters { nodes { id } } }", 12)]
    [InlineData("{ nodes(ids: [\"a\", \"b\", \"c\"]) { id } }", 4)]
    [InlineData("{ batches { year } }", 11)]
    public async Task Lists_are_priced_by_page_size_id_count_or_the_list_estimate(string query, double expected)
    {
        var (_, cost) = await MeasureAsync(query);

        Assert.Equal(expected, cost);
    }

    private async Task<(int Depth, double Cost)> MeasureAsync(string query)
    {
        var response = await _client.SendGraphQLAsync(PostQuery(query));
        var messages = string.Join('\n', response.Errors.Select(error => error!["message"]!.GetValue<string>()));
        var depth = Regex.Match(messages, @"nested (\d+) levels");
        var cost = Regex.Match(messages, @"estimated cost is (\d+)");
        return (depth.Success ? int.Parse(depth.Groups[1].Value) : 1, cost.Success ? double.Parse(cost.Groups[1].Value) : throw new InvalidOperationException(response.Text));
    }
}
