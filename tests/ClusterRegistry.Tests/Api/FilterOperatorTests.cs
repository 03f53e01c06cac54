using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Officials;

namespace ClusterRegistry.Tests.Api;

/// <summary>
/// The negating, suffix and list operators, each checked against its complement so that a broken operator (one that
/// ignores its operand, or behaves like its positive twin) changes a count. The registry gets one synthetic cluster
/// with a national and a provincial designation, so that <c>all</c> and <c>some</c> differ.
/// </summary>
public sealed class FilterOperatorTests(FilterOperatorTests.TwoLevelRegistry registry) : IClassFixture<FilterOperatorTests.TwoLevelRegistry>
{
    public sealed class TwoLevelRegistry : RegistryApiFactory, IAsyncLifetime
    {
        public SyntheticCluster TwoLevels { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            TwoLevels = await this.NewNationalClusterAsync();
            await this.SucceedAsync(Caller.Ministry, Mutations.RecordIdentification, new
            {
                batchId = await this.GuangdongBatchAsync(),
                clusterId = TwoLevels.ClusterId,
                sourceNote = OfficialsApi.SyntheticNote,
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private async Task<int> Count(string where) =>
        (int)(await registry.CreateClient().QueryDataAsync($"{{ clusters(where: {where}) {{ totalCount }} }}"))["clusters"]!["totalCount"]!;

    private async Task<List<string>> Names(string where)
    {
        var data = await registry.CreateClient().QueryDataAsync($"{{ clusters(first: 50, where: {where}) {{ nodes {{ name }} }} }}");
        return data["clusters"]!["nodes"]!.AsArray().Select(n => (string)n!["name"]!).ToList();
    }

    private Task<int> Total() => Count("{}");

    [Fact]
    public async Task Neq_counts_every_cluster_but_the_equal_ones()
    {
        var equal = await Count("{ province: { code: { eq: \"44\" } } }");
        Assert.InRange(equal, 1, await Total() - 1);
        Assert.Equal(await Total() - equal, await Count("{ province: { code: { neq: \"44\" } } }"));
    }

    [Fact]
    public async Task Ncontains_is_the_complement_of_contains()
    {
        var containing = await Count("{ name: { contains: \"装备\" } }");
        Assert.InRange(containing, 1, await Total() - 1);
        Assert.Equal(await Total() - containing, await Count("{ name: { ncontains: \"装备\" } }"));
        Assert.All(await Names("{ name: { ncontains: \"装备\" } }"), n => Assert.DoesNotContain("装备", n));
    }

    [Fact]
    public async Task EndsWith_matches_the_end_of_the_name_only()
    {
        var suffix = await Names("{ name: { endsWith: \"产业集群\" } }");
        Assert.NotEmpty(suffix);
        Assert.All(suffix, n => Assert.EndsWith("产业集群", n, StringComparison.Ordinal));
        Assert.Equal(0, await Count("{ name: { endsWith: \"产业\" } }"));
        Assert.Equal(1, await Count($"{{ name: {{ endsWith: \"{registry.TwoLevels.Name[^6..]}\" }} }}"));
    }

    [Fact]
    public async Task All_requires_every_designation_and_some_any_one()
    {
        var someNational = await Count("{ designations: { some: { level: { eq: NATIONAL } } } }");
        var allNational = await Count("{ designations: { all: { level: { eq: NATIONAL } } } }");
        var someProvincial = await Count("{ designations: { some: { level: { eq: PROVINCIAL } } } }");

        Assert.Equal(await Total(), someNational);
        Assert.Equal(1, someProvincial);
        Assert.Equal(someNational - 1, allNational);
        Assert.DoesNotContain(registry.TwoLevels.Name, await Names("{ name: { startsWith: \"合成测试\" }, designations: { all: { level: { eq: NATIONAL } } } }"));
    }

    [Fact]
    public async Task None_is_the_complement_of_some()
    {
        var some = await Count("{ designations: { some: { level: { eq: PROVINCIAL } } } }");
        Assert.Equal(await Total() - some, await Count("{ designations: { none: { level: { eq: PROVINCIAL } } } }"));
    }

    [Fact]
    public async Task Any_tells_empty_lists_from_others()
    {
        Assert.Equal(await Total(), await Count("{ designations: { any: true } }"));
        Assert.Equal(0, await Count("{ designations: { any: false } }"));
        var withSupport = await Count("{ policySupports: { any: true } }");
        Assert.Equal(await Total() - withSupport, await Count("{ policySupports: { any: false } }"));
    }
}
