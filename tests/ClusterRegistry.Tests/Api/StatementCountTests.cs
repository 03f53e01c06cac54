using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.Api;

public sealed class StatementCountTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private const string Nested = """
        query($first: Int!) {
          clusters(first: $first, order: [{ regionCode: ASC }]) {
            totalCount
            nodes {
              name
              province { name } prefecture { name } county { name parent { name } }
              industry { nameZh }
              status
              designations { batch { year province { name } } reviews { outcome } revocation { ground } cluster { name county { name } } }
              policySupports { title clusters { name } }
            }
          }
        }
        """;

    private async Task<int> StatementsFor(string query, object variables)
    {
        var client = factory.CreateClient();
        await client.QueryDataAsync(query, variables);
        factory.SqlStatements.Reset();
        await client.QueryDataAsync(query, variables);
        return factory.SqlStatements.Count;
    }

    [Fact]
    public async Task Statements_per_request_do_not_grow_with_the_page_size()
    {
        var small = await StatementsFor(Nested, new { first = 2 });
        var large = await StatementsFor(Nested, new { first = 50 });
        Assert.Equal(small, large);
        Assert.InRange(large, 1, 12);
    }

    [Fact]
    public async Task Nodes_by_id_are_fetched_in_one_batch()
    {
        var client = factory.CreateClient();
        var page = await client.QueryDataAsync("{ clusters(first: 20) { nodes { id } } }");
        var ids = page["clusters"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        var few = await StatementsFor("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Cluster { name } } }", new { ids = ids.Take(2) });
        var many = await StatementsFor("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Cluster { name } } }", new { ids });
        Assert.Equal(few, many);
    }
}
