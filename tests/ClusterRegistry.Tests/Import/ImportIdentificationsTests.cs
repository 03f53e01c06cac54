using System.Net;
using System.Text.Json.Nodes;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Officials;
using static ClusterRegistry.Tests.Officials.OfficialsApi;

namespace ClusterRegistry.Tests.Import;

/// <summary>An official turns an annex into designations with one dry run and one commit.</summary>
public sealed class ImportIdentificationsTests(ImportApiFactory factory) : IClassFixture<ImportApiFactory>
{
    private async Task<string> Batch2023() =>
        (string)(await factory.QueryAsync(Caller.Anonymous, "{ batches(level: NATIONAL, year: 2023) { id } }"))["batches"]![0]!["id"]!;

    private Task<string> NewNationalBatch() =>
        factory.SyntheticBatchAsync("NATIONAL", UniqueBatchYear(), null, "2099-01-01", "2101-12-31");

    [Fact]
    public async Task Fujians_real_annex_is_already_in_its_batch_and_becomes_new_designations_in_a_later_one()
    {
        var rows = ImportApi.AnnexRows(ImportApi.Fixture("fujian-2023-annex.csv"));

        var (_, same) = await factory.ImportAsync(Caller.Ministry, await Batch2023(), rows);
        var sameReport = same.Payload()["report"]!;
        Assert.Equal(6, (int)sameReport["rejected"]!);
        Assert.All(sameReport["rows"]!.AsArray(), r => Assert.Contains("already identified in this batch", r!["errors"]!.ToJsonString()));

        var counts = await factory.CountRowsAsync();
        var batch = await NewNationalBatch();
        var (_, dry) = await factory.ImportAsync(Caller.Ministry, batch, rows);
        var report = dry.Payload()["report"]!;
        Assert.Equal((true, false, 0, 6, 0), ((bool)report["dryRun"]!, (bool)report["committed"]!, (int)report["newClusters"]!, (int)report["newDesignations"]!, (int)report["rejected"]!));
        Assert.Equal(["350112", "350203", "350583", "350526", "350781", "350802"], report["rows"]!.AsArray().Select(r => (string)r!["county"]!["code"]!));
        Assert.All(report["rows"]!.AsArray(), r => Assert.Equal("EXISTING_CLUSTER", (string)r!["outcome"]!));
        Assert.Equal(counts with { AuditEvents = counts.AuditEvents + 1, Batches = counts.Batches + 1 }, await factory.CountRowsAsync());

        var (_, commit) = await factory.ImportAsync(Caller.Ministry, batch, rows, dryRun: false, expectedToken: (string)report["token"]!);
        var committed = commit.Payload()["report"]!;
        Assert.True((bool)committed["committed"]!, commit.ToJsonString());
        Assert.All(committed["rows"]!.AsArray(), r => Assert.NotNull((string?)r!["designationId"]));
        var after = await factory.CountRowsAsync();
        Assert.Equal(counts.Clusters, after.Clusters);
        Assert.Equal(counts.Designations + 6, after.Designations);
        Assert.Equal(counts.AuditEvents + 1 + 6 * 2, after.AuditEvents);
    }

    [Fact]
    public async Task Messy_rows_resolve_or_are_reported_row_by_row()
    {
        object[] rows =
        [
            new { name = "合成测试福州市长乐区新材料产业集群", province = "福建省　", prefecture = "福州 市", county = "长乐区", leadIndustry = "合成测试新材料" },
            new { name = "合成测试柳州城中区汽车产业集群", province = "广西", prefecture = "柳州", county = "城中区" },
            new { name = "合成测试延边敦化医药产业集群", province = "吉林", prefecture = "延边州", county = "敦化市" },
            new { name = "合成测试邵武市氟材料产业集群", province = "福建省", county = "邵武市" },
            new { name = "合成测试市中区机床产业集群", province = "山东省", county = "市中区" },
            new { name = "合成测试酒泉经开区风电装备集群", province = "甘肃省", prefecture = "酒泉市", county = "酒泉经开区" },
            new { name = "合成测试福州市长乐区新材料产业集群", province = "福建省", prefecture = "福州市", county = "长乐区" },
            new { name = "合成测试火星产业集群", province = "火星省", county = "某县" },
        ];
        var (status, body) = await factory.ImportAsync(Caller.Ministry, await NewNationalBatch(), rows);
        Assert.Equal(HttpStatusCode.OK, status);
        var report = body.Payload()["report"]!["rows"]!.AsArray();
        string? County(int i) => (string?)report[i]!["county"]?["code"];
        string Errors(int i) => report[i]!["errors"]!.ToJsonString();

        Assert.Equal("350112", County(0));
        Assert.Equal("NEW_CLUSTER", (string)report[0]!["outcome"]!);
        Assert.Equal("合成测试新材料", (string)report[0]!["leadIndustry"]!);
        Assert.Equal("450202", County(1));
        Assert.Contains("taken from the name", report[1]!["warnings"]!.ToJsonString());
        Assert.Equal("222403", County(2));
        Assert.Equal("350781", County(3));
        Assert.Contains("name its prefecture", Errors(4));
        Assert.Contains("development zone", Errors(5));
        Assert.Contains("duplicates row 1", Errors(6));
        Assert.Contains("not a provincial-level division", Errors(7));
        Assert.Equal(4, (int)body.Payload()["report"]!["rejected"]!);
    }

    [Fact]
    public async Task A_thousand_synthetic_rows_commit_in_one_go()
    {
        // Synthetic: 1,000 made-up clusters spread over real county codes of Guangdong.
        var counties = (await factory.QueryAsync(Caller.Anonymous, "{ regions(parentCode: \"4401\") { code } }"))["regions"]!.AsArray()
            .Select(r => (string)r!["code"]!).ToList();
        var rows = Enumerable.Range(1, 1000).Select(i => (object)new
        {
            number = i, name = $"合成测试批量产业集群{i:D4}", province = "44", county = counties[i % counties.Count], leadIndustry = "合成测试产业",
        }).ToArray();
        var batch = await NewNationalBatch();
        var before = await factory.CountRowsAsync();
        var (_, dry) = await factory.ImportAsync(Caller.Ministry, batch, rows);
        Assert.True(dry["data"]?["importIdentifications"]?["report"] is JsonObject, dry.ToJsonString()[..Math.Min(2000, dry.ToJsonString().Length)]);
        var token = (string)dry.Payload()["report"]!["token"]!;
        Assert.Equal(1000, (int)dry.Payload()["report"]!["newClusters"]!);
        var (_, commit) = await factory.ImportAsync(Caller.Ministry, batch, rows, dryRun: false, expectedToken: token);
        Assert.True(commit["data"]?["importIdentifications"]?["report"]?["committed"]?.GetValue<bool>() == true, commit.ToJsonString()[..Math.Min(2000, commit.ToJsonString().Length)]);
        var after = await factory.CountRowsAsync();
        Assert.Equal((before.Clusters + 1000, before.Designations + 1000), (after.Clusters, after.Designations));
    }

    [Fact]
    public async Task Two_concurrent_commits_of_one_annex_write_it_once()
    {
        var rows = Enumerable.Range(1, 20).Select(i => (object)new { name = $"合成测试并发产业集群{i:D2}", province = "广东省", prefecture = "广州市", county = "天河区" }).ToArray();
        var batch = await NewNationalBatch();
        var (_, dry) = await factory.ImportAsync(Caller.Ministry, batch, rows);
        var token = (string)dry.Payload()["report"]!["token"]!;
        var before = await factory.CountRowsAsync();

        var results = await Task.WhenAll(
            factory.ImportAsync(Caller.Ministry, batch, rows, dryRun: false, expectedToken: token),
            factory.ImportAsync(Caller.Ministry, batch, rows, dryRun: false, expectedToken: token));

        var payloads = results.Select(r => r.Body.Payload()).ToList();
        Assert.Single(payloads, p => p["report"] is JsonObject);
        Assert.Single(payloads, p => (string?)p["errors"]?[0]?["code"] == "CONFLICT");
        var after = await factory.CountRowsAsync();
        Assert.Equal((before.Clusters + 20, before.Designations + 20), (after.Clusters, after.Designations));
    }

    [Fact]
    public async Task A_commit_is_refused_without_its_token_after_a_change_or_with_rejected_rows()
    {
        object[] good = [new { name = "合成测试拒绝产业集群01", province = "广东省", prefecture = "广州市", county = "天河区" }];
        object[] bad = [.. good, new { name = "合成测试拒绝产业集群02", province = "广东省", county = "不存在区" }];
        var batch = await NewNationalBatch();
        var before = await factory.CountRowsAsync();

        string Code(JsonNode body) => (string)body.Payload()["errors"]![0]!["code"]!;
        var (_, noToken) = await factory.ImportAsync(Caller.Ministry, batch, good, dryRun: false);
        Assert.Equal("INVALID_INPUT", Code(noToken));
        var (_, junkToken) = await factory.ImportAsync(Caller.Ministry, batch, good, dryRun: false, expectedToken: "bm90IGEgdG9rZW4=");
        Assert.Equal("INVALID_INPUT", Code(junkToken));
        var (_, dryBad) = await factory.ImportAsync(Caller.Ministry, batch, bad);
        var (_, withErrors) = await factory.ImportAsync(Caller.Ministry, batch, bad, dryRun: false, expectedToken: (string)dryBad.Payload()["report"]!["token"]!);
        Assert.Contains("1 of 2 rows have errors", (string)withErrors.Payload()["errors"]![0]!["message"]!);
        Assert.Equal(before, await factory.CountRowsAsync());

        var (_, dry) = await factory.ImportAsync(Caller.Ministry, batch, good);
        await factory.NewNationalClusterAsync();
        var (_, stale) = await factory.ImportAsync(Caller.Ministry, batch, good, dryRun: false, expectedToken: (string)dry.Payload()["report"]!["token"]!);
        Assert.Equal("CONFLICT", Code(stale));
    }

    public static TheoryData<Caller, string, HttpStatusCode> Refusals() => new()
    {
        { Caller.Anonymous, "NATIONAL", HttpStatusCode.Unauthorized },
        { Caller.SignedInWithoutRole, "NATIONAL", HttpStatusCode.Forbidden },
        { Caller.Guangdong, "NATIONAL", HttpStatusCode.Forbidden },
        { Caller.Jiangsu, "GUANGDONG", HttpStatusCode.Forbidden },
        { Caller.ProvinceWithoutClaim, "GUANGDONG", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Who_may_import_into_which_batch(Caller caller, string batchKind, HttpStatusCode expected)
    {
        var batch = batchKind == "NATIONAL" ? await NewNationalBatch() : await factory.GuangdongBatchAsync();
        var before = await factory.CountRowsAsync();
        var (status, _) = await factory.ImportAsync(caller, batch, [new { name = "合成测试权限产业集群", province = "广东省", county = "天河区", prefecture = "广州市" }]);
        Assert.Equal(expected, status);
        Assert.Equal(before, await factory.CountRowsAsync());
    }

    [Fact]
    public async Task A_provincial_official_imports_only_rows_of_their_province_into_their_batch()
    {
        var (_, body) = await factory.ImportAsync(Caller.Guangdong, await factory.GuangdongBatchAsync(),
        [
            new { name = "合成测试省级产业集群01", province = "广东省", prefecture = "广州市", county = "天河区" },
            new { name = "合成测试省级产业集群02", province = "江苏省", prefecture = "南京市", county = "玄武区" },
        ]);
        var rows = body.Payload()["report"]!["rows"]!.AsArray();
        Assert.Equal("NEW_CLUSTER", (string)rows[0]!["outcome"]!);
        Assert.Contains("provincial batch of 44", rows[1]!["errors"]!.ToJsonString());
    }
}
