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

    private async Task<int> StatementsFor(string query, object variables) => (await StatementTextsFor(query, variables)).Count;

    private async Task<IReadOnlyList<string>> StatementTextsFor(string query, object variables)
    {
        var client = factory.CreateClient();
        await client.QueryDataAsync(query, variables);
        factory.SqlStatements.Reset();
        await client.QueryDataAsync(query, variables);
        return factory.SqlStatements.Statements;
    }

    [Fact]
    public async Task Statements_per_request_do_not_grow_with_the_page_size()
    {
        var small = await StatementsFor(Nested, new { first = 2 });
        var large = await StatementTextsFor(Nested, new { first = 50 });
        Assert.Equal(small, large.Count);
        // The page, its count, the status timelines, the industries, the designations with batch and reviews, the
        // policy supports, and the clusters the designations point back to; regions come from memory.
        Assert.True(large.Count == 7, $"{large.Count} statements:\n\n{string.Join("\n\n", large)}");
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

    [Fact]
    public async Task A_page_that_shows_statuses_reads_them_with_the_page_and_agrees_with_a_lookup_by_id()
    {
        const string page = """
            query($on: Date!) {
              clusters(first: 50) { edges { node { ...Listed } } }
            }
            fragment Listed on Cluster { id status(on: $on) national: status(on: $on, level: NATIONAL) provincial: status(on: $on, level: PROVINCIAL) }
            """;
        var client = factory.CreateClient();
        var listed = (await client.QueryDataAsync(page, new { on = "2026-06-01" }))["clusters"]!["edges"]!.AsArray()
            .Select(e => e!["node"]!).ToList();
        var ids = listed.Select(n => (string)n!["id"]!).ToList();
        var lookedUp = (await client.QueryDataAsync(
                "query($ids: [ID!]!, $on: Date!) { nodes(ids: $ids) { ... on Cluster { id status(on: $on) national: status(on: $on, level: NATIONAL) provincial: status(on: $on, level: PROVINCIAL) } } }",
                new { ids, on = "2026-06-01" }))["nodes"]!.AsArray().ToList();

        Assert.Equal(listed.Select(n => n!.ToJsonString()), lookedUp.Select(n => n!.ToJsonString()));
        Assert.Contains(listed, n => n!["status"] is not null);
        Assert.Equal(2, await StatementsFor(page, new { on = "2026-06-01" }));
    }
}
