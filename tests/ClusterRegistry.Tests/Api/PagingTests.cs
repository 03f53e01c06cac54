using System.Text.Json.Nodes;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Postgres;

namespace ClusterRegistry.Tests.Api;

public abstract class PagingTests<TApi>(TApi factory) : IClassFixture<TApi> where TApi : RegistryApiFactory
{
    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String, $order: [ClusterSortInput!]) {
          clusters(first: $first, after: $after, last: $last, before: $before, order: $order) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id name } }
          }
        }
        """;

    private async Task<JsonNode> Clusters(object variables) => (await factory.CreateClient().QueryDataAsync(Page, variables))["clusters"]!;

    private static List<string> Ids(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!).ToList();

    public static TheoryData<string, string> Orders => new()
    {
        { "name", "name" }, { "batchYear", "firstBatchYear" }, { "validUntil", "validUntil" }, { "regionCode", "county { code }" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Walking_forwards_by_cursor_visits_every_cluster_once_in_order(string field, string selection)
    {
        var order = new[] { new Dictionary<string, string> { [field] = "DESC" } };
        var query = Page.Replace("node { id name }", $"node {{ id {selection} }}");
        var client = factory.CreateClient();
        async Task<List<JsonNode>> Walk(int size)
        {
            var nodes = new List<JsonNode>();
            string? after = null;
            for (var pages = 0; pages < 100; pages++)
            {
                var page = (await client.QueryDataAsync(query, new { first = size, after, order }))["clusters"]!;
                nodes.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!));
                if (!(bool)page["pageInfo"]!["hasNextPage"]!) return nodes;
                after = (string)page["pageInfo"]!["endCursor"]!;
            }
            throw new InvalidOperationException("The walk did not end.");
        }

        var walked = await Walk(7);
        string Key(JsonNode n) => field == "regionCode" ? (string)n["county"]!["code"]! : n[selection]!.ToJsonString();
        int Id(JsonNode n) => int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)n["id"]!)).Split(':')[1]);
        var expected = walked.OrderByDescending(Key, StringComparer.Ordinal).ThenBy(Id).Select(Id).ToList();

        Assert.Equal(136, walked.Count);
        Assert.Equal(expected, walked.Select(Id));
        Assert.Equal(walked.Select(Id), (await Walk(50)).Select(Id));
    }

    [Fact]
    public async Task Walking_backwards_gives_the_same_clusters_in_the_same_order()
    {
        var forwards = Ids(await Clusters(new { first = 50 }));
        var end = (string)(await Clusters(new { first = 50 }))["edges"]!.AsArray()[^1]!["cursor"]!;
        var before = Ids(await Clusters(new { last = 10, before = end }));
        Assert.Equal(forwards.Skip(39).Take(10), before);
        var page = await Clusters(new { last = 10, before = end });
        Assert.True((bool)page["pageInfo"]!["hasPreviousPage"]!);
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task The_default_page_holds_ten_and_counts_all()
    {
        var page = await Clusters(new { });
        Assert.Equal(10, Ids(page).Count);
        Assert.Equal(136, (int)page["totalCount"]!);
        Assert.False((bool)page["pageInfo"]!["hasPreviousPage"]!);
    }

    [Theory]
    [InlineData("not-base64!")]
    [InlineData("eyJ4IjoxfQ==")]
    public async Task A_malformed_cursor_is_a_clear_error(string cursor)
    {
        var (_, body) = await factory.CreateClient().PostGraphQLAsync(Page, new { first = 5, after = cursor });
        Assert.Equal("INVALID_CURSOR", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_refused()
    {
        var cursor = (string)(await Clusters(new { first = 5 }))["pageInfo"]!["endCursor"]!;
        var (_, body) = await factory.CreateClient().PostGraphQLAsync(Page,
            new { first = 5, after = cursor, order = new[] { new Dictionary<string, string> { ["name"] = "ASC" } } });
        Assert.Equal("INVALID_CURSOR", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }
}

public sealed class PagingTestsOnSqlite(RegistryApiFactory factory) : PagingTests<RegistryApiFactory>(factory);

public sealed class PagingTestsOnPostgres(PostgresApiFactory factory) : PagingTests<PostgresApiFactory>(factory);
