using System.Text.Json.Nodes;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Officials;

namespace ClusterRegistry.Tests.Caching;

/// <summary>
/// Facet counts are cached per search and data version: a repeat runs only the data-version query, a mutation shows in
/// the next request, and different searches, dates and levels never share results. Changes are synthetic clusters.
/// </summary>
public sealed class FacetCacheTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private const string Facets = """
        query($where: ClusterFilterInput, $search: String, $on: Date, $level: DesignationLevel!) {
          clusterFacets(where: $where, search: $search, statusOn: $on) {
            totalCount
            byProvince { value count }
            byIndustry { value count }
            byBatchYear(level: $level) { value count }
            byStatus(level: $level) { value count }
          }
        }
        """;

    private const string On = "2026-11-27";

    private async Task<(JsonNode Facets, int Statements)> FacetsAsync(object? where = null, string? search = null, string on = On,
        string level = "NATIONAL")
    {
        factory.SqlStatements.Reset();
        var data = await factory.CreateClient().QueryDataAsync(Facets, new { where, search, on, level });
        return (data["clusterFacets"]!, factory.SqlStatements.Count);
    }

    private static int CountOf(JsonNode facets, string facet, string value) =>
        facets[facet]!.AsArray().Where(f => (string?)f!["value"] == value).Select(f => (int)f!["count"]!).SingleOrDefault();

    [Fact]
    public async Task A_repeated_search_is_answered_from_the_cache()
    {
        var (first, _) = await FacetsAsync(search: "产业");

        var (second, statements) = await FacetsAsync(search: "产业");

        Assert.Equal(1, statements); // the data version
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task A_mutation_shows_in_the_next_facets()
    {
        var where = new { province = new { code = new { eq = "44" } } };
        var (before, _) = await FacetsAsync(where, level: "PROVINCIAL");
        await FacetsAsync(where, level: "PROVINCIAL");

        await factory.NewGuangdongClusterAsync();
        var (after, statements) = await FacetsAsync(where, level: "PROVINCIAL");

        Assert.True(statements > 1, "The facets after a mutation should have been computed again.");
        Assert.Equal((int)before["totalCount"]! + 1, (int)after["totalCount"]!);
        Assert.Equal(CountOf(before, "byProvince", "44") + 1, CountOf(after, "byProvince", "44"));
        Assert.Equal(CountOf(before, "byBatchYear", "2021") + 1, CountOf(after, "byBatchYear", "2021"));
    }

    public static TheoryData<string> Variations() => ["filter", "text", "date", "level"];

    [Theory]
    [MemberData(nameof(Variations))]
    public async Task Different_searches_dates_and_levels_do_not_share_results(string variation)
    {
        // A date no other test asks for, so only this test's baseline can be in the cache.
        const string on = "2026-11-26";
        var (baseline, _) = await FacetsAsync(on: on);
        await FacetsAsync(on: on);

        var (varied, statements) = variation switch
        {
            "filter" => await FacetsAsync(where: new { province = new { code = new { eq = "32" } } }, on: on),
            "text" => await FacetsAsync(search: "电子", on: on),
            "date" => await FacetsAsync(on: "2022-01-01"),
            _ => await FacetsAsync(on: on, level: "PROVINCIAL"),
        };

        Assert.True(statements > 1, $"A search differing by its {variation} should have been computed, not served from the cache.");
        Assert.NotEqual(baseline.ToJsonString(), varied.ToJsonString());
    }

    [Theory]
    [InlineData("NATIONAL")]
    [InlineData("PROVINCIAL")]
    public async Task Facets_without_conditions_equal_those_of_a_condition_every_cluster_meets(string level)
    {
        var (everything, _) = await FacetsAsync(level: level);

        var (allMatching, _) = await FacetsAsync(where: new { firstBatchYear = new { gte = 0 } }, level: level);

        Assert.Equal(everything.ToJsonString(), allMatching.ToJsonString());
    }
}
