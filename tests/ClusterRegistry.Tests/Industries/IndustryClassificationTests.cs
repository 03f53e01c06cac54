using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Officials;
using static ClusterRegistry.Tests.Officials.OfficialsApi;

namespace ClusterRegistry.Tests.Industries;

/// <summary>The curators' derived classification is loaded, shown as derived, counted, and replaced by an official's.</summary>
public sealed class IndustryClassificationTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private const string Software = "北京市海淀区行业应用软件产业集群";

    private async Task<System.Text.Json.Nodes.JsonNode> ClusterNamed(string name) =>
        (await factory.QueryAsync(Caller.Anonymous, """
            query($name: String!) { clusters(where: { name: { eq: $name } }) { nodes { id industryCode
              industryClassification { division { code } section { code } source confidence basis } } } }
            """, new { name }))["clusters"]!["nodes"]![0]!;

    [Fact]
    public async Task A_real_cluster_shows_its_classification_as_derived()
    {
        var cluster = await ClusterNamed(Software);
        var classification = cluster["industryClassification"]!;
        Assert.Equal("65", (string)classification["division"]!["code"]!);
        Assert.Equal("I", (string)classification["section"]!["code"]!);
        Assert.Equal("DERIVED", (string)classification["source"]!);
        Assert.Equal("HIGH", (string)classification["confidence"]!);
        Assert.Equal("6513 应用软件开发", (string)classification["basis"]!);
    }

    [Fact]
    public async Task Industry_counts_and_facets_are_no_longer_zero()
    {
        var data = await factory.QueryAsync(Caller.Anonymous, """
            { industries(level: SECTION) { code clusterCount } clusterFacets { totalCount byIndustry { value count } } }
            """);
        var sections = data["industries"]!.AsArray().ToDictionary(s => (string)s!["code"]!, s => (int)s!["clusterCount"]!);
        Assert.True(sections["C"] >= 128, $"C counts {sections["C"]}");
        Assert.True(sections["I"] >= 7, $"I counts {sections["I"]}");
        var facets = data["clusterFacets"]!;
        Assert.Equal((int)facets["totalCount"]!, facets["byIndustry"]!.AsArray().Sum(f => (int)f!["count"]!));
        Assert.DoesNotContain(facets["byIndustry"]!.AsArray(), f => f!["value"] is null);
    }

    [Fact]
    public async Task An_officials_classification_replaces_the_derived_one()
    {
        var id = (string)(await ClusterNamed("天津市滨海新区车规级芯片产业集群"))["id"]!;
        await factory.SucceedAsync(Caller.Ministry, Mutations.UpdateClusterProfile, new { clusterId = id, industryCode = "65" });

        var classification = (await ClusterNamed("天津市滨海新区车规级芯片产业集群"))["industryClassification"]!;
        Assert.Equal(("65", "OFFICIAL"), ((string)classification["division"]!["code"]!, (string)classification["source"]!));
        Assert.Null(classification["confidence"]);
        Assert.Null(classification["basis"]);
    }
}
