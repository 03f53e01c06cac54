using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Postgres;

namespace ClusterRegistry.Tests.Api;

public abstract class GuangdongTests<TApi>(TApi factory) : IClassFixture<TApi> where TApi : RegistryApiFactory
{
    private const string GuangdongClusters = """
        {
          clusters(first: 50, where: { province: { code: { eq: "44" } } }, order: [{ regionCode: ASC }, { name: ASC }]) {
            totalCount
            nodes {
              name
              leadIndustry
              province { code name }
              prefecture { code name }
              county { code name }
              status(on: "2026-11-27")
              designations { level batch { year announcementDocument } validFrom validUntil status(on: "2026-11-27") }
              source { url }
            }
          }
        }
        """;

    [Fact]
    public async Task Guangdong_clusters_are_the_real_rows_with_county_industry_batch_and_status()
    {
        var data = await factory.CreateClient().QueryDataAsync(GuangdongClusters);
        Snapshots.MatchJson(data.ToJsonString());
    }

    [Fact]
    public async Task The_same_clusters_are_found_by_province_name()
    {
        var client = factory.CreateClient();
        var byName = await client.QueryDataAsync("""{ clusters(where: { province: { name: { eq: "广东省" } } }) { totalCount } }""");
        var byCode = await client.QueryDataAsync("""{ clusters(where: { province: { code: { eq: "44" } } }) { totalCount } }""");
        Assert.Equal(19, (int)byName["clusters"]!["totalCount"]!);
        Assert.Equal((int)byCode["clusters"]!["totalCount"]!, (int)byName["clusters"]!["totalCount"]!);
    }
}

public sealed class GuangdongTestsOnSqlite(RegistryApiFactory factory) : GuangdongTests<RegistryApiFactory>(factory);

public sealed class GuangdongTestsOnPostgres(PostgresApiFactory factory) : GuangdongTests<PostgresApiFactory>(factory);
