using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ClusterRegistry.Data.Import;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Officials;
using MiniExcelLibs;
using static ClusterRegistry.Tests.Officials.OfficialsApi;

namespace ClusterRegistry.Tests.OpenData;

/// <summary>The registry as downloadable files over real HTTP: every format, the data package, dates and revalidation.</summary>
public sealed class OpenDataTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private const string Huangpu = "广州市黄埔区智能制造装备产业集群";

    private async Task<List<IReadOnlyDictionary<string, string>>> Csv(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = new StringReader(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        return CsvRows.Read(reader).ToList();
    }

    private async Task<JsonObject> DataPackage() =>
        JsonNode.Parse(await factory.CreateClient().GetStringAsync("/data/datapackage.json"))!.AsObject();

    [Fact]
    public async Task Clusters_csv_holds_every_loaded_cluster_with_its_place_classification_and_status()
    {
        var rows = await Csv("/data/clusters.csv");
        Assert.Equal(136, rows.Count);
        var row = rows.Single(r => r["name_zh"] == Huangpu);
        Assert.Equal(("440112", "黄埔区", "智能制造装备", "2022"), (row["county_code"], row["county_name"], row["lead_industry_zh"], row["first_batch_year"]));
        Assert.Equal("广东省", row["province_name"]);
        Assert.Equal("广州市", row["prefecture_name"]);
        Assert.Equal("DERIVED", row["industry_classification_source"]);
        Assert.Contains(rows, r => r["national_status"] == "REVIEW_PENDING");
        Assert.Equal(rows.Count, rows.Select(r => r["id"]).Distinct().Count());
    }

    [Fact]
    public async Task Statuses_follow_the_date_asked_for()
    {
        var mid2024 = await Csv("/data/clusters.csv?on=2024-06-01");
        var batch2022 = mid2024.Where(r => r["first_batch_year"] == "2022").ToList();
        Assert.Equal(52, batch2022.Count);
        Assert.All(batch2022, r => Assert.Equal("ACTIVE", r["national_status"]));
        var designations = await Csv("/data/designations.csv?on=2022-06-01");
        Assert.Equal(136, designations.Count);
        Assert.All(designations, d => Assert.Equal("NOT_YET_VALID", d["status"]));
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("yesterday")]
    [InlineData("2025-6-1")]
    [InlineData("")]
    public async Task A_bad_date_is_a_400_with_a_problem_document(string on)
    {
        using var response = await factory.CreateClient().GetAsync($"/data/clusters.csv?on={Uri.EscapeDataString(on)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("YYYY-MM-DD", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/data/clusters.pdf")]
    [InlineData("/data/officials.csv")]
    [InlineData("/data/clusters")]
    public async Task An_unknown_file_is_a_404(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_same_rows_come_as_csv_xlsx_and_json()
    {
        var csv = await Csv("/data/designations.csv");
        var client = factory.CreateClient();

        await using var xlsx = new MemoryStream(await client.GetByteArrayAsync("/data/designations.xlsx"));
        var sheet = xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(csv.Count, sheet.Count);
        Assert.Equal(csv[0].Keys, sheet[0].Keys);
        Assert.Equal(csv.Select(r => r["id"]), sheet.Select(r => (string)r["id"]!));
        Assert.Equal(csv.Select(r => r["valid_until"]), sheet.Select(r => (string)r["valid_until"]!));

        var json = JsonNode.Parse(await client.GetStringAsync("/data/designations.json"))!.AsArray();
        Assert.Equal(csv.Count, json.Count);
        Assert.Equal(csv.Select(r => r["id"]), json.Select(r => (string)r!["id"]!));
        Assert.Equal(csv.Select(r => int.Parse(r["batch_year"])), json.Select(r => r!["batch_year"]!.GetValue<int>()));
        Assert.All(json, r => Assert.Null(r!["revoked_on"]));

        var batches = await Csv("/data/batches.csv");
        Assert.Equal([2022, 2023, 2024, 2025], batches.Select(b => int.Parse(b["year"])).Order());
    }

    [Fact]
    public async Task The_data_package_describes_every_file_with_the_columns_it_has()
    {
        var package = await DataPackage();
        var resources = package["resources"]!.AsArray();
        Assert.Equal(9, resources.Count);
        foreach (var table in new[] { "clusters", "designations", "batches" })
        {
            var header = (await Csv($"/data/{table}.csv"))[0].Keys;
            foreach (var format in new[] { "csv", "xlsx", "json" })
            {
                var resource = resources.Single(r => (string)r!["path"]! == $"{table}.{format}")!;
                var fields = resource["schema"]!["fields"]!.AsArray();
                Assert.Equal(header, fields.Select(f => (string)f!["name"]!));
                Assert.All(fields, f => Assert.Contains((string)f!["type"]!, new[] { "string", "integer", "date" }));
                Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace((string?)f!["description"])));
            }
        }
        Assert.Equal("clusters-csv", (string)resources.Single(r => (string)r!["name"]! == "designations-csv")!["schema"]!["foreignKeys"]![0]!["reference"]!["resource"]!);
        Assert.NotEmpty(package["licenses"]!.AsArray());
        Assert.NotEmpty(package["sources"]!.AsArray());
    }

    [Fact]
    public async Task A_download_revalidates_with_its_etag_until_the_registry_changes()
    {
        var client = factory.CreateClient();
        using var first = await client.GetAsync("/data/clusters.json");
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/data/clusters.json");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var since = new HttpRequestMessage(HttpMethod.Get, "/data/clusters.json");
        since.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(since)).StatusCode);

        using var otherDate = new HttpRequestMessage(HttpMethod.Get, "/data/clusters.json?on=2024-01-01");
        otherDate.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(otherDate)).StatusCode);

        var id = (await Csv("/data/clusters.csv")).Single(r => r["name_zh"] == Huangpu)["id"];
        await factory.SucceedAsync(Caller.Guangdong, Mutations.UpdateClusterProfile, new { clusterId = id, nameEn = "Huangpu intelligent manufacturing equipment" });
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, "/data/clusters.json");
        afterChange.Headers.IfNoneMatch.Add(etag);
        using var changed = await client.SendAsync(afterChange);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        var huangpu = JsonNode.Parse(await changed.Content.ReadAsStringAsync())!.AsArray().Single(r => (string)r!["name_zh"]! == Huangpu)!;
        Assert.Equal("Huangpu intelligent manufacturing equipment", (string)huangpu["name_en"]!);
    }
}
