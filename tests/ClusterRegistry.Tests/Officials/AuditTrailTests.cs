using System.Text.Json.Nodes;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Data;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ClusterRegistry.Tests.Officials.Mutations;
using static ClusterRegistry.Tests.Officials.OfficialsApi;

namespace ClusterRegistry.Tests.Officials;

/// <summary>
/// Every change is audited with the official the token names and the values before and after. The public reads a
/// cluster's history without the officials' identities; officials see who made each change. Ends with the story the
/// README tells: a ministry official's day, and what the public sees of it at once.
/// </summary>
public abstract class AuditTrailTests<TApi>(TApi factory) : IClassFixture<TApi> where TApi : RegistryApiFactory
{
    [Fact]
    public async Task A_profile_update_is_audited_with_the_official_from_the_token_and_the_values_before_and_after()
    {
        var cluster = await factory.NewNationalClusterAsync();
        await factory.SucceedAsync(Caller.Guangdong, UpdateClusterProfile,
            new { clusterId = cluster.ClusterId, nameEn = "Synthetic test cluster", description = "合成测试描述" });

        var history = await factory.HistoryAsync(Caller.Ministry, cluster.ClusterId);

        Assert.Equal(
            [(RecordIdentification, "Cluster"), (RecordIdentification, "Designation"), (UpdateClusterProfile, "Cluster")],
            history.Select(h => (h!["mutation"]!.GetValue<string>(), h["entityType"]!.GetValue<string>())));
        var update = history[2]!;
        Assert.Equal(cluster.ClusterId, update["entityId"]!.GetValue<string>());
        Assert.Equal("Updated the profile", update["summary"]!.GetValue<string>());
        var before = Json(update["before"]);
        var after = Json(update["after"]);
        Assert.Equal(cluster.Name, before["NameZh"]!.GetValue<string>());
        Assert.Null(before["NameEn"]);
        Assert.Null(before["Description"]);
        Assert.Equal("Synthetic test cluster", after["NameEn"]!.GetValue<string>());
        Assert.Equal("合成测试描述", after["Description"]!.GetValue<string>());
        Assert.Equal(cluster.Name, after["NameZh"]!.GetValue<string>());
        AssertActor(update, Officials.GuangdongSubject, Officials.GuangdongName, RegistryRoles.Province, "44");
        AssertActor(history[0]!, Officials.MinistrySubject, Officials.MinistryName, RegistryRoles.Ministry, null);
        AssertActor(history[1]!, Officials.MinistrySubject, Officials.MinistryName, RegistryRoles.Ministry, null);
        Assert.Null(history[0]!["before"]);
        Assert.Equal("440106", Json(history[0]!["after"])["CountyCode"]!.GetValue<string>());
        Assert.Equal(cluster.DesignationId, history[1]!["entityId"]!.GetValue<string>());
        Assert.True(Json(history[1]!["after"])["ClusterId"]!.GetValue<int>() > 0);
    }

    public static TheoryData<Caller> Public() => [Caller.Anonymous, Caller.SignedInWithoutRole];

    [Theory]
    [MemberData(nameof(Public))]
    public async Task The_public_sees_the_same_history_without_who_made_each_change(Caller caller)
    {
        var cluster = await factory.NewNationalClusterAsync();
        await factory.SucceedAsync(Caller.Guangdong, RecordAnnualReport,
            new { clusterId = cluster.ClusterId, reportingYear = 2023, submittedOn = "2024-03-31", enterpriseCount = 120, smeCount = 110 });

        var official = await factory.HistoryAsync(Caller.Jiangsu, cluster.ClusterId);
        var seen = await factory.HistoryAsync(caller, cluster.ClusterId);

        Assert.Equal(3, seen.Count);
        Assert.All(seen, entry => Assert.Null(entry!["actor"]));
        Assert.Equal(Without(official, "actor"), Without(seen, "actor"));
        // Any official sees who made the change, also one of another province.
        AssertActor(official[2]!, Officials.GuangdongSubject, Officials.GuangdongName, RegistryRoles.Province, "44");
        Assert.DoesNotContain(Officials.GuangdongSubject, seen.ToJsonString());
        Assert.DoesNotContain(Officials.MinistryName, seen.ToJsonString());
    }

    [Fact]
    public async Task Each_kind_of_change_to_a_cluster_is_in_its_history_with_its_record_and_values()
    {
        var cluster = await factory.NewNationalClusterAsync();
        var other = await factory.NewNationalClusterAsync();
        await factory.SucceedAsync(Caller.Guangdong, RecordChangeFiling, new
        {
            clusterId = cluster.ClusterId, kind = "LEAD_INDUSTRY", changedOn = "2024-06-01", filedOn = "2024-06-15",
            description = "合成测试：主导产业变更", newLeadIndustry = "合成测试新产业", newIndustryCode = "39",
        });
        var policy = await factory.SucceedAsync(Caller.Ministry, RecordPolicySupport, new
        {
            kind = "INNOVATION", issuingLevel = "NATIONAL", issuingAuthority = "工业和信息化部（合成测试）", title = "合成测试创新政策",
            startsOn = "2024-01-01", clusterIds = new[] { cluster.ClusterId, other.ClusterId }, sourceNote = SyntheticNote,
        });
        // A provincial identification valid beyond the national one moves the cluster's validUntil from 2023-12-31 to 2026-12-31.
        var provincialBatch = await factory.SyntheticBatchAsync("PROVINCIAL", 2024, "44", "2024-01-01", "2026-12-31");
        await factory.SucceedAsync(Caller.Guangdong, RecordIdentification,
            new { batchId = provincialBatch, clusterId = cluster.ClusterId, sourceNote = SyntheticNote });
        await factory.SucceedAsync(Caller.Ministry, RevokeDesignation,
            new { designationId = cluster.DesignationId, ground = "UNREPORTED_MAJOR_CHANGE", revokedOn = "2023-05-01", document = "合成测试撤销文件" });

        var history = await factory.HistoryAsync(Caller.Ministry, cluster.ClusterId);

        Assert.Equal(
        [
            (RecordIdentification, "Cluster", Officials.MinistrySubject),
            (RecordIdentification, "Designation", Officials.MinistrySubject),
            (RecordChangeFiling, "Cluster", Officials.GuangdongSubject),
            (RecordPolicySupport, "PolicySupport", Officials.MinistrySubject),
            (RecordIdentification, "Cluster", Officials.GuangdongSubject),
            (RecordIdentification, "Designation", Officials.GuangdongSubject),
            (RevokeDesignation, "Designation", Officials.MinistrySubject),
        ], history.Select(h => (h!["mutation"]!.GetValue<string>(), h["entityType"]!.GetValue<string>(), h["actor"]!["subject"]!.GetValue<string>())));

        var filing = history[2]!;
        Assert.Equal("合成测试产业", Json(filing["before"])["LeadIndustry"]!.GetValue<string>());
        Assert.Equal("合成测试新产业", Json(filing["after"])["LeadIndustry"]!.GetValue<string>());
        Assert.Equal("39", Json(filing["after"])["IndustryCode"]!.GetValue<string>());

        var policyEntry = history[3]!;
        Assert.Equal(policy["id"]!.GetValue<string>(), policyEntry["entityId"]!.GetValue<string>());
        Assert.Null(policyEntry["before"]);
        Assert.Equal("合成测试创新政策", Json(policyEntry["after"])["Title"]!.GetValue<string>());
        var otherHistory = await factory.HistoryAsync(Caller.Ministry, other.ClusterId);
        Assert.Equal(policy["id"]!.GetValue<string>(), otherHistory[^1]!["entityId"]!.GetValue<string>());

        var identifiedAgain = history[4]!;
        Assert.StartsWith("Identified again", identifiedAgain["summary"]!.GetValue<string>());
        Assert.Equal("2023-12-31", Json(identifiedAgain["before"])["ValidUntil"]!.GetValue<string>());
        Assert.Equal("2026-12-31", Json(identifiedAgain["after"])["ValidUntil"]!.GetValue<string>());
        Assert.Equal("Provincial", Json(history[5]!["after"])["Level"]!.GetValue<string>());

        var revocation = history[6]!;
        Assert.Equal(cluster.DesignationId, revocation["entityId"]!.GetValue<string>());
        Assert.Null(Json(revocation["before"])["Revocation"]);
        var revoked = Json(revocation["after"])["Revocation"]!;
        Assert.Equal("UnreportedMajorChange", revoked["Ground"]!.GetValue<string>());
        Assert.Equal("2023-05-01", revoked["RevokedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_review_is_audited_with_the_designation_before_and_after()
    {
        var cluster = await factory.NewNationalClusterAsync();
        await factory.SucceedAsync(Caller.Ministry, RecordReviewOutcome,
            new { designationId = cluster.DesignationId, outcome = "PASSED", decidedOn = "2023-06-30", document = "合成测试复核文件" });

        var review = (await factory.HistoryAsync(Caller.Ministry, cluster.ClusterId))[^1]!;

        Assert.Equal(RecordReviewOutcome, review["mutation"]!.GetValue<string>());
        Assert.Equal(cluster.DesignationId, review["entityId"]!.GetValue<string>());
        Assert.Equal("Review passed on 2023-06-30: valid until 2026-12-31", review["summary"]!.GetValue<string>());
        Assert.Equal("2023-12-31", Json(review["before"])["ValidUntil"]!.GetValue<string>());
        Assert.Empty(Json(review["before"])["Reviews"]!.AsArray());
        Assert.Equal("2026-12-31", Json(review["after"])["ValidUntil"]!.GetValue<string>());
        var recorded = Assert.Single(Json(review["after"])["Reviews"]!.AsArray())!;
        Assert.Equal("Passed", recorded["Outcome"]!.GetValue<string>());
        Assert.Equal("2026-12-31", recorded["ExtendedUntil"]!.GetValue<string>());
        AssertActor(review, Officials.MinistrySubject, Officials.MinistryName, RegistryRoles.Ministry, null);
    }

    [Fact]
    public async Task A_batch_is_audited_with_its_official_though_it_belongs_to_no_cluster_history()
    {
        var year = UniqueBatchYear();
        var rowsBefore = await factory.CountRowsAsync();
        var batch = await factory.SucceedAsync(Caller.Guangdong, CreateIdentificationBatch, new
        {
            level = "PROVINCIAL", year, provinceCode = "44", issuingAuthority = "广东省工业和信息化厅（合成测试）",
            validFrom = $"{year}-03-01", validUntil = $"{year + 3}-02-28", noticeDocument = "粤工信（合成测试）1号", sourceNote = SyntheticNote,
        });

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var audit = await db.AuditEvents.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(rowsBefore.AuditEvents + 1, await db.AuditEvents.CountAsync());
        Assert.Equal(CreateIdentificationBatch, audit.Mutation);
        Assert.Equal("IdentificationBatch", audit.EntityType);
        Assert.Equal(batch["id"]!.GetValue<string>(), audit.EntityId);
        Assert.Null(audit.ClusterId);
        Assert.Equal((Officials.GuangdongSubject, Officials.GuangdongName, RegistryRoles.Province, "44"),
            (audit.ActorSubject, audit.ActorName, audit.ActorRole, audit.ActorProvinceCode));
        Assert.Equal($"Recorded the PROVINCIAL batch of {year}", audit.Summary);
        Assert.Null(audit.Before);
        var after = Json(audit.After);
        Assert.Equal(year, after["Year"]!.GetValue<int>());
        Assert.Equal("44", after["ProvinceCode"]!.GetValue<string>());
        Assert.Equal("粤工信（合成测试）1号", after["NoticeDocument"]!.GetValue<string>());
    }

    /// <summary>
    /// The story of the README: a ministry official records a new national batch, identifies a new cluster in it,
    /// passes the review of a 2022 designation and revokes another designation; the anonymous public sees each change
    /// at once.
    /// </summary>
    [Fact]
    public async Task A_ministry_officials_changes_are_public_at_once()
    {
        var today = TodayInChina;
        var publicClient = factory.Client(Caller.Anonymous);

        // 1. A new national batch, valid for three years from today.
        var validFrom = today.ToString("yyyy-MM-dd");
        var validUntil = today.AddYears(3).AddDays(-1).ToString("yyyy-MM-dd");
        var batch = await factory.SucceedAsync(Caller.Ministry, CreateIdentificationBatch, new
        {
            level = "NATIONAL", year = today.Year, issuingAuthority = "工业和信息化部（合成测试）", validFrom, validUntil,
            noticeDocument = "工信厅企业函（合成测试）1号", validityNote = "合成测试批次", sourceNote = SyntheticNote,
        });
        var batchId = batch["id"]!.GetValue<string>();
        var batches = (await publicClient.QueryDataAsync("query($year: Int) { batches(level: NATIONAL, year: $year) { id validFrom validUntil designationCount } }",
            new { year = today.Year }))["batches"]!.AsArray();
        var published = Assert.Single(batches)!;
        Assert.Equal((batchId, validFrom, validUntil, 0),
            (published["id"]!.GetValue<string>(), published["validFrom"]!.GetValue<string>(), published["validUntil"]!.GetValue<string>(),
                published["designationCount"]!.GetValue<int>()));

        // 2. A new cluster in Guangzhou's Tianhe district, identified by the new batch.
        var guangdongBefore = await GuangdongCountAsync(publicClient);
        var designation = await factory.SucceedAsync(Caller.Ministry, RecordIdentification, new
        {
            batchId,
            newCluster = new { name = "广州市天河区合成测试软件产业集群", countyCode = GuangzhouTianhe, leadIndustry = "合成测试软件", industryCode = "65" },
            sourceNote = SyntheticNote,
        });
        var newClusterId = designation["cluster"]!["id"]!.GetValue<string>();
        var identified = await PublicClusterAsync(publicClient, newClusterId);
        Assert.Equal("广州市天河区合成测试软件产业集群", identified["name"]!.GetValue<string>());
        Assert.Equal(("44", "4401", GuangzhouTianhe), (identified["province"]!["code"]!.GetValue<string>(),
            identified["prefecture"]!["code"]!.GetValue<string>(), identified["county"]!["code"]!.GetValue<string>()));
        Assert.Equal("ACTIVE", identified["status"]!.GetValue<string>());
        Assert.Equal(validUntil, identified["validUntil"]!.GetValue<string>());
        Assert.Equal(today.Year, identified["firstBatchYear"]!.GetValue<int>());
        Assert.Equal(["Entered the registry: 广州市天河区合成测试软件产业集群", $"Identified in the NATIONAL batch of {today.Year}, valid {validFrom} to {validUntil}"],
            Summaries(identified));
        Assert.All(identified["history"]!.AsArray(), h => Assert.Null(h!["actor"]));
        Assert.Equal(guangdongBefore + 1, await GuangdongCountAsync(publicClient));
        var found = await publicClient.QueryDataAsync("""{ clusters(search: "合成测试软件") { nodes { id } } }""");
        Assert.Equal(newClusterId, Assert.Single(found["clusters"]!["nodes"]!.AsArray())!["id"]!.GetValue<string>());

        // 3. The review of a 2022 designation, passed in 2025: review pending becomes active until the end of 2028.
        var reviewed = await RealClusterAsync(publicClient, 2022, "黄埔区");
        var reviewedBefore = await PublicClusterAsync(publicClient, reviewed);
        Assert.Equal("2025-12-31", reviewedBefore["validUntil"]!.GetValue<string>());
        Assert.Equal("REVIEW_PENDING", reviewedBefore["status"]!.GetValue<string>());
        var reviewedDesignation = DesignationOf(reviewedBefore, 2022)["id"]!.GetValue<string>();
        await factory.SucceedAsync(Caller.Ministry, RecordReviewOutcome, new
        {
            designationId = reviewedDesignation, outcome = "PASSED", decidedOn = "2025-06-30", document = "工信厅企业函〔2025〕77号",
            sourceNote = SyntheticNote,
        });
        var reviewedAfter = await PublicClusterAsync(publicClient, reviewed);
        Assert.Equal("2028-12-31", reviewedAfter["validUntil"]!.GetValue<string>());
        Assert.Equal(StatusOn(today, validUntil: new DateOnly(2028, 12, 31)), reviewedAfter["status"]!.GetValue<string>());
        var review = Assert.Single(DesignationOf(reviewedAfter, 2022)["reviews"]!.AsArray())!;
        Assert.Equal(("PASSED", "2025-06-30", "2028-12-31"),
            (review["outcome"]!.GetValue<string>(), review["decidedOn"]!.GetValue<string>(), review["extendedUntil"]!.GetValue<string>()));
        Assert.Equal(["Review passed on 2025-06-30: valid until 2028-12-31"], Summaries(reviewedAfter));

        // 4. The revocation of a 2024 designation.
        var revokedBefore = await RevokedCountAsync(publicClient);
        var revoked = await RealClusterAsync(publicClient, 2024, "");
        var revokedDesignation = DesignationOf(await PublicClusterAsync(publicClient, revoked), 2024)["id"]!.GetValue<string>();
        await factory.SucceedAsync(Caller.Ministry, RevokeDesignation, new
        {
            designationId = revokedDesignation, ground = "SAFETY_QUALITY_ENVIRONMENT_ACCIDENT", revokedOn = "2025-03-31", document = "合成测试撤销文件",
            note = SyntheticNote,
        });
        var revokedAfter = await PublicClusterAsync(publicClient, revoked);
        Assert.Equal("REVOKED", revokedAfter["status"]!.GetValue<string>());
        Assert.Equal("SAFETY_QUALITY_ENVIRONMENT_ACCIDENT", DesignationOf(revokedAfter, 2024)["revocation"]!["ground"]!.GetValue<string>());
        Assert.Equal(["Revoked on 2025-03-31 (SAFETY_QUALITY_ENVIRONMENT_ACCIDENT)"], Summaries(revokedAfter));
        Assert.Equal(revokedBefore + 1, await RevokedCountAsync(publicClient));

        // The public never learns who made the changes; officials do.
        Assert.All(new[] { reviewedAfter, revokedAfter }.SelectMany(c => c["history"]!.AsArray()), h => Assert.Null(h!["actor"]));
        var seenByOfficial = await factory.HistoryAsync(Caller.Guangdong, revoked);
        AssertActor(seenByOfficial[^1]!, Officials.MinistrySubject, Officials.MinistryName, RegistryRoles.Ministry, null);
    }

    private static async Task<JsonNode> PublicClusterAsync(HttpClient client, string id) =>
        (await client.QueryDataAsync(
            """
            query($id: ID!) {
              cluster(id: $id) {
                name firstBatchYear validUntil status province { code } prefecture { code } county { code }
                designations { id batch { year } validUntil reviews { outcome decidedOn extendedUntil } revocation { ground revokedOn } }
                history { summary actor { subject } }
              }
            }
            """, new { id }))["cluster"]!;

    private static async Task<string> RealClusterAsync(HttpClient client, int batchYear, string nameContains) =>
        (await client.QueryDataAsync(
            """
            query($year: Int!, $name: String!) {
              clusters(first: 1, where: { name: { contains: $name }, designations: { some: { batchYear: { eq: $year } } } }, order: [{ name: ASC }]) {
                nodes { id }
              }
            }
            """, new { year = batchYear, name = nameContains }))["clusters"]!["nodes"]![0]!["id"]!.GetValue<string>();

    private static async Task<int> GuangdongCountAsync(HttpClient client) =>
        (await client.QueryDataAsync("""{ clusters(where: { province: { code: { eq: "44" } } }) { totalCount } }"""))["clusters"]!["totalCount"]!.GetValue<int>();

    private static async Task<int> RevokedCountAsync(HttpClient client) =>
        (await client.QueryDataAsync("{ clusters(where: { designations: { some: { status: { eq: REVOKED } } } }) { totalCount } }"))["clusters"]!["totalCount"]!
            .GetValue<int>();

    /// <summary>The status of a reviewed designation on <paramref name="today"/>: active until its extended end.</summary>
    private static string StatusOn(DateOnly today, DateOnly validUntil) => today <= validUntil ? "ACTIVE" : "REVIEW_PENDING";

    private static JsonNode DesignationOf(JsonNode cluster, int batchYear) =>
        Assert.Single(cluster["designations"]!.AsArray(), d => d!["batch"]!["year"]!.GetValue<int>() == batchYear)!;

    private static IEnumerable<string> Summaries(JsonNode cluster) =>
        cluster["history"]!.AsArray().Select(h => h!["summary"]!.GetValue<string>());

    private static JsonNode Json(JsonNode? text) => Json(text?.GetValue<string>());

    private static JsonNode Json(string? text) => JsonNode.Parse(text ?? throw new InvalidOperationException("No JSON value."))!;

    private static string Without(JsonArray entries, string field) =>
        new JsonArray(entries.Select(e =>
        {
            var copy = e!.DeepClone().AsObject();
            copy.Remove(field);
            return (JsonNode)copy;
        }).ToArray()).ToJsonString();

    private static void AssertActor(JsonNode entry, string subject, string name, string role, string? province)
    {
        var actor = entry["actor"] ?? throw new Xunit.Sdk.XunitException($"No actor in {entry.ToJsonString()}");
        Assert.Equal((subject, name, role, province),
            (actor["subject"]!.GetValue<string>(), actor["name"]?.GetValue<string>(), actor["role"]!.GetValue<string>(), actor["provinceCode"]?.GetValue<string>()));
    }
}

public sealed class AuditTrailTestsOnSqlite(RegistryApiFactory factory) : AuditTrailTests<RegistryApiFactory>(factory);

public sealed class AuditTrailTestsOnPostgres(PostgresApiFactory factory) : AuditTrailTests<PostgresApiFactory>(factory);
