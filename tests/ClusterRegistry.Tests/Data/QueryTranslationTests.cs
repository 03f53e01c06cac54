using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Filtering;
using ClusterRegistry.Api.Paging;
using ClusterRegistry.Data;
using ClusterRegistry.Migrations.Sqlite;
using ClusterRegistry.Migrations.SqlServer;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Tests.Data;

/// <summary>
/// The SQL of the queries every list page sends, on both providers. SQL Server cannot run here, so its T-SQL is
/// proven by snapshot; a change in translation (a lost index seek, a new join) shows up as a snapshot diff.
/// </summary>
public class QueryTranslationTests
{
    public static TheoryData<string> Providers => ["Sqlite", "SqlServer"];

    private static RegistryDbContext Open(string provider) => provider == "SqlServer"
        ? new SqlServerDesignTimeFactory().CreateDbContext([])
        : new SqliteDesignTimeFactory().CreateDbContext([]);

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_page_by_province_is_one_ordered_select(string provider)
    {
        using var db = Open(provider);
        var where = new ClusterFilter { Province = new RegionFilter { Code = new StringOperationFilter { Eq = "44" } } };
        var order = ClusterSort.KeysFor(null);
        var query = KeysetPager.Ordered(new ClusterSearch(where, null, new DateOnly(2026, 11, 28)).Apply(db), order).Take(51);
        Snapshots.MatchText(query.ToQueryString().ReplaceLineEndings("\n"), testMethod: $"{nameof(A_page_by_province_is_one_ordered_select)}_{provider}");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Status_timelines_read_dates_only(string provider)
    {
        using var db = Open(provider);
        var sql = ClusterLoaders.Timelines(db, [1, 2, 3]).ToQueryString().ReplaceLineEndings("\n");
        Assert.DoesNotContain("Batches", sql);
        Assert.DoesNotContain("Note", sql);
        Snapshots.MatchText(sql, testMethod: $"{nameof(Status_timelines_read_dates_only)}_{provider}");
    }
}
