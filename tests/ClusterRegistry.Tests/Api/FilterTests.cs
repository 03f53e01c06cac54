using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Postgres;

namespace ClusterRegistry.Tests.Api;

public abstract class FilterTests<TApi>(TApi factory) : IClassFixture<TApi> where TApi : RegistryApiFactory
{
    private async Task<List<string>> Names(string arguments)
    {
        var data = await factory.CreateClient().QueryDataAsync($"{{ clusters(first: 50, {arguments}) {{ nodes {{ name }} }} }}");
        return data["clusters"]!["nodes"]!.AsArray().Select(n => (string)n!["name"]!).ToList();
    }

    private async Task<int> Count(string arguments) =>
        (int)(await factory.CreateClient().QueryDataAsync($"{{ clusters({arguments}) {{ totalCount }} }}"))["clusters"]!["totalCount"]!;

    [Fact]
    public async Task Chinese_text_search_matches_name_and_lead_industry_word_by_word()
    {
        var data = await factory.CreateClient().QueryDataAsync("{ clusters(first: 50, search: \"电子 材料\") { nodes { name leadIndustry } } }");
        var found = data["clusters"]!["nodes"]!.AsArray().Select(n => (string)n!["name"]! + " " + (string)n!["leadIndustry"]!).ToList();
        Assert.Contains(found, f => f.StartsWith("江苏省常熟市电子氟材料产业集群", StringComparison.Ordinal));
        Assert.All(found, f => Assert.True(f.Contains("电子") && f.Contains("材料"), f));
        Assert.Empty(await Names("search: \"不存在的词语\""));
    }

    [Fact]
    public async Task Lead_industry_contains_and_starts_with()
    {
        Assert.All(await Names("where: { leadIndustry: { contains: \"装备\" } }"), n => Assert.Contains("装备", n));
        Assert.True(await Count("where: { leadIndustry: { contains: \"装备\" } }") > 5);
        Assert.Equal(await Count("where: { name: { startsWith: \"广东省\" } }"),
            (await Names("where: { name: { startsWith: \"广东省\" } }")).Count);
    }

    [Fact]
    public async Task Status_on_a_date_filters_designations()
    {
        // Today every 2022 designation awaits its review outcome (the batch fact: 97 of 100 passed, which ones is unknown).
        var pending = await Count("statusOn: \"2026-11-27\", where: { designations: { some: { status: { eq: REVIEW_PENDING } } } }");
        var batch2022 = await Count("where: { designations: { some: { batchYear: { eq: 2022 } } } }");
        Assert.Equal(52, batch2022);
        Assert.Equal(batch2022 + 30, pending); // the 2023 batch's derived validity ended 2026-10-16
        Assert.Equal(0, await Count("statusOn: \"2024-06-01\", where: { designations: { some: { status: { eq: REVIEW_PENDING } } } }"));
        Assert.Equal(52 + 30, await Count("statusOn: \"2024-06-01\", where: { designations: { some: { status: { in: [ACTIVE] } } } }"));
    }

    [Fact]
    public async Task And_or_combine_conditions()
    {
        var either = await Count("where: { or: [{ province: { code: { eq: \"44\" } } }, { province: { code: { eq: \"32\" } } }] }");
        var guangdong = await Count("where: { province: { code: { eq: \"44\" } } }");
        var jiangsu = await Count("where: { province: { code: { eq: \"32\" } } }");
        Assert.Equal(guangdong + jiangsu, either);
        Assert.Equal(0, await Count("where: { and: [{ province: { code: { eq: \"44\" } } }, { province: { code: { eq: \"32\" } } }] }"));
    }

    [Fact]
    public async Task Prefecture_and_county_filters_use_the_division_tree()
    {
        Assert.Equal(5, await Count("where: { prefecture: { name: { eq: \"广州市\" } } }"));
        Assert.Equal(await Count("where: { prefecture: { code: { eq: \"4401\" } } }"), await Count("where: { prefecture: { name: { eq: \"广州市\" } } }"));
        Assert.Equal(1, await Count("where: { county: { code: { eq: \"441900\" } } }"));
    }

    [Fact]
    public async Task Validity_and_batch_year_compare_as_dates_and_numbers()
    {
        Assert.Equal(52, await Count("where: { validUntil: { lte: \"2025-12-31\" } }"));
        Assert.Equal(136 - 52, await Count("where: { firstBatchYear: { gte: 2023 } }"));
        Assert.Equal(await Count("where: { firstBatchYear: { in: [2024, 2025] } }"),
            await Count("where: { firstBatchYear: { nin: [2022, 2023] } }"));
    }

    [Fact]
    public async Task Facets_count_the_same_clusters_the_search_finds()
    {
        var data = await factory.CreateClient().QueryDataAsync("""
            { clusterFacets(where: { province: { code: { eq: "44" } } }, statusOn: "2026-11-27") {
                totalCount byProvince { value count } byBatchYear { value count } byStatus { value count } } }
            """);
        var facets = data["clusterFacets"]!;
        Assert.Equal(19, (int)facets["totalCount"]!);
        Assert.Equal(19, (int)facets["byProvince"]![0]!["count"]!);
        Assert.Equal(19, facets["byBatchYear"]!.AsArray().Sum(f => (int)f!["count"]!));
        Assert.Equal(19, facets["byStatus"]!.AsArray().Sum(f => (int)f!["count"]!));
    }
}

public sealed class FilterTestsOnSqlite(RegistryApiFactory factory) : FilterTests<RegistryApiFactory>(factory);

public sealed class FilterTestsOnPostgres(PostgresApiFactory factory) : FilterTests<PostgresApiFactory>(factory);
