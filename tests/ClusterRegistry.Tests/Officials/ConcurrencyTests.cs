using System.Net;
using System.Text.Json.Nodes;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Postgres;
using static ClusterRegistry.Tests.Officials.Mutations;
using static ClusterRegistry.Tests.Officials.OfficialsApi;

namespace ClusterRegistry.Tests.Officials;

/// <summary>
/// Many officials at once over HTTP: of conflicting writes exactly one wins and the rest get a typed error; writes
/// that do not conflict all succeed and none is lost. Nothing ever answers with a 500.
/// </summary>
public abstract class ConcurrencyTests<TApi>(TApi factory) : IClassFixture<TApi> where TApi : RegistryApiFactory
{
    private const int Writers = 20;

    [Fact]
    public async Task Of_conflicting_profile_updates_with_one_expected_version_exactly_one_wins()
    {
        var cluster = await factory.NewNationalClusterAsync();
        var version = await VersionAsync(cluster.ClusterId);
        var rowsBefore = await factory.CountRowsAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => factory.MutateAsync(Caller.Guangdong, UpdateClusterProfile,
            new { clusterId = cluster.ClusterId, expectedVersion = version, description = $"合成测试描述 第{i}版" })));

        AssertNoServerErrors(responses);
        var winner = Assert.Single(responses, r => r.PayloadErrors is null);
        var winningDescription = winner.Succeeded()["description"]!.GetValue<string>();
        var losers = responses.Where(r => r != winner).ToList();
        Assert.Equal(Writers - 1, losers.Count);
        Assert.All(losers, r =>
        {
            Assert.Null(r.Result);
            var error = Assert.Single(r.PayloadErrors!)!;
            Assert.Equal("ConflictError", error["__typename"]!.GetValue<string>());
            Assert.Equal("CONFLICT", error["code"]!.GetValue<string>());
        });

        var state = (await factory.QueryAsync(Caller.Anonymous,
            "query($id: ID!) { cluster(id: $id) { description version history { mutation after } } }", new { id = cluster.ClusterId }))["cluster"]!;
        Assert.Equal(winningDescription, state["description"]!.GetValue<string>());
        Assert.Equal(winner.Result!["version"]!.GetValue<string>(), state["version"]!.GetValue<string>());
        Assert.NotEqual(version, state["version"]!.GetValue<string>());
        var update = Assert.Single(state["history"]!.AsArray(), h => h!["mutation"]!.GetValue<string>() == UpdateClusterProfile)!;
        Assert.Equal(winningDescription, JsonNode.Parse(update["after"]!.GetValue<string>())!["Description"]!.GetValue<string>());
        Assert.Equal(rowsBefore with { AuditEvents = rowsBefore.AuditEvents + 1 }, await factory.CountRowsAsync());
    }

    [Fact]
    public async Task Concurrent_annual_reports_of_different_years_are_all_kept()
    {
        // A cluster first identified in 2001 may report on 2001 to 2020, twenty distinct years.
        var batchId = await factory.SyntheticBatchAsync("NATIONAL", 2001, null, "2001-01-01", "2003-12-31");
        var cluster = await factory.NewClusterAsync(batchId);
        var rowsBefore = await factory.CountRowsAsync();
        var years = Enumerable.Range(2001, Writers).ToList();

        var responses = await Task.WhenAll(years.Select(year => factory.MutateAsync(Caller.Guangdong, RecordAnnualReport,
            new { clusterId = cluster.ClusterId, reportingYear = year, submittedOn = $"{year + 1}-03-31", enterpriseCount = year - 1900, smeCount = 90 })));

        AssertNoServerErrors(responses);
        Assert.All(responses, r => r.Succeeded());
        var state = (await factory.QueryAsync(Caller.Anonymous,
            "query($id: ID!) { cluster(id: $id) { annualReports { reportingYear enterpriseCount } history { mutation summary } } }",
            new { id = cluster.ClusterId }))["cluster"]!;
        var reports = state["annualReports"]!.AsArray();
        Assert.Equal(years, reports.Select(r => r!["reportingYear"]!.GetValue<int>()).Order());
        Assert.All(reports, r => Assert.Equal(r!["reportingYear"]!.GetValue<int>() - 1900, r["enterpriseCount"]!.GetValue<int>()));
        Assert.Equal(Writers, state["history"]!.AsArray().Count(h => h!["mutation"]!.GetValue<string>() == RecordAnnualReport));
        Assert.Equal(rowsBefore with { AnnualReports = rowsBefore.AnnualReports + Writers, AuditEvents = rowsBefore.AuditEvents + Writers },
            await factory.CountRowsAsync());
    }

    [Fact]
    public async Task Concurrent_writes_of_different_kinds_to_one_cluster_without_an_expected_version_are_none_lost()
    {
        var cluster = await factory.NewNationalClusterAsync();
        var rowsBefore = await factory.CountRowsAsync();
        var filings = Enumerable.Range(1, 12).Select(i => factory.MutateAsync(Caller.Guangdong, RecordChangeFiling,
            new { clusterId = cluster.ClusterId, kind = "OTHER", changedOn = "2024-03-01", filedOn = "2024-03-15", description = $"合成测试变动{i:D2}" }));
        var reports = Enumerable.Range(2021, 5).Select(year => factory.MutateAsync(Caller.Guangdong, RecordAnnualReport,
            new { clusterId = cluster.ClusterId, reportingYear = year, submittedOn = $"{year + 1}-03-31", enterpriseCount = 100, smeCount = 90 }));
        // Profile updates of one field each, and filings that change other fields of the cluster: a write that read the
        // cluster before another wrote it must not undo the other's change.
        var profile = new[]
        {
            factory.MutateAsync(Caller.Guangdong, UpdateClusterProfile, new { clusterId = cluster.ClusterId, nameEn = "Synthetic test cluster" }),
            factory.MutateAsync(Caller.Ministry, UpdateClusterProfile, new { clusterId = cluster.ClusterId, description = "合成测试描述" }),
        };
        var majorChanges = new[]
        {
            factory.MutateAsync(Caller.Ministry, RecordChangeFiling, new
            {
                clusterId = cluster.ClusterId, kind = "LEAD_INDUSTRY", changedOn = "2024-06-01", filedOn = "2024-06-15",
                description = "合成测试：主导产业变更", newLeadIndustry = "合成测试新产业", newIndustryCode = "39",
            }),
            factory.MutateAsync(Caller.Guangdong, RecordChangeFiling, new
            {
                clusterId = cluster.ClusterId, kind = "OPERATING_INSTITUTION", changedOn = "2024-07-01", filedOn = "2024-07-15",
                description = "合成测试：运营机构变更", newOperatingInstitution = "合成测试运营管理有限公司",
            }),
        };

        var responses = await Task.WhenAll(filings.Concat(reports).Concat(profile).Concat(majorChanges));

        AssertNoServerErrors(responses);
        Assert.All(responses, r => r.Succeeded());
        var state = (await factory.QueryAsync(Caller.Anonymous,
            """
            query($id: ID!) {
              cluster(id: $id) {
                nameEn description industryCode leadIndustry operatingInstitution
                changeFilings { description } annualReports { reportingYear } history { mutation }
              }
            }
            """, new { id = cluster.ClusterId }))["cluster"]!;
        Assert.Equal("Synthetic test cluster", state["nameEn"]?.GetValue<string>());
        Assert.Equal("合成测试描述", state["description"]?.GetValue<string>());
        Assert.Equal("39", state["industryCode"]?.GetValue<string>());
        Assert.Equal("合成测试新产业", state["leadIndustry"]?.GetValue<string>());
        Assert.Equal("合成测试运营管理有限公司", state["operatingInstitution"]?.GetValue<string>());
        Assert.Equal(14, state["changeFilings"]!.AsArray().Count);
        Assert.Equal(5, state["annualReports"]!.AsArray().Count);
        // Two entries from the identification, then one per write.
        Assert.Equal(2 + responses.Length, state["history"]!.AsArray().Count);
        Assert.Equal(rowsBefore with
        {
            ChangeFilings = rowsBefore.ChangeFilings + 14,
            AnnualReports = rowsBefore.AnnualReports + 5,
            AuditEvents = rowsBefore.AuditEvents + responses.Length,
        }, await factory.CountRowsAsync());
    }

    public static TheoryData<string> Races() =>
    [
        "the same annual report", "the same batch", "a revocation of one designation", "a review of one designation",
        "an identification of one cluster in one batch",
    ];

    /// <summary>The same write many times at once: it is made once, and every other attempt gets the rule's own error.</summary>
    [Theory]
    [MemberData(nameof(Races))]
    public async Task Of_one_write_sent_many_times_at_once_exactly_one_is_made(string race)
    {
        var cluster = await factory.NewNationalClusterAsync();
        var (mutation, input, code) = race switch
        {
            "the same annual report" => (RecordAnnualReport,
                (object)new { clusterId = cluster.ClusterId, reportingYear = 2023, submittedOn = "2024-03-31", enterpriseCount = 100, smeCount = 90 },
                "DUPLICATE_REPORT"),
            "the same batch" => (CreateIdentificationBatch, NationalBatch(UniqueBatchYear()), "DUPLICATE_BATCH"),
            "a revocation of one designation" => (RevokeDesignation,
                new { designationId = cluster.DesignationId, ground = "FALSE_MATERIALS", revokedOn = "2023-05-01", note = SyntheticNote },
                "DESIGNATION_REVOKED"),
            "a review of one designation" => (RecordReviewOutcome,
                new { designationId = cluster.DesignationId, outcome = "PASSED", decidedOn = "2023-06-30" },
                "REVIEW_NOT_DUE"),
            "an identification of one cluster in one batch" => (RecordIdentification,
                new { batchId = await factory.GuangdongBatchAsync(), clusterId = cluster.ClusterId, sourceNote = SyntheticNote },
                "DUPLICATE_DESIGNATION"),
            _ => throw new ArgumentOutOfRangeException(nameof(race)),
        };
        var rowsBefore = await factory.CountRowsAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => factory.MutateAsync(Caller.Ministry, mutation, input)));

        AssertNoServerErrors(responses);
        var made = Assert.Single(responses, r => r.PayloadErrors is null);
        made.Succeeded();
        Assert.All(responses.Where(r => r != made), r =>
        {
            var error = Assert.Single(r.PayloadErrors!)!;
            Assert.Equal("RuleViolationError", error["__typename"]!.GetValue<string>());
            Assert.Equal(code, error["code"]!.GetValue<string>());
        });
        var rowsAfter = await factory.CountRowsAsync();
        Assert.Equal(rowsBefore.AuditEvents + (mutation == RecordIdentification ? 2 : 1), rowsAfter.AuditEvents);
        if (mutation != CreateIdentificationBatch && mutation != RecordAnnualReport)
            await AssertOneAuditEventPerWriteAsync(cluster.ClusterId, [made]);
        if (mutation == RecordReviewOutcome)
        {
            var designation = (await factory.QueryAsync(Caller.Anonymous, "query($id: ID!) { node(id: $id) { ... on Designation { validUntil reviews { decidedOn } } } }",
                new { id = cluster.DesignationId }))["node"]!;
            Assert.Equal("2026-12-31", designation["validUntil"]!.GetValue<string>());
            Assert.Single(designation["reviews"]!.AsArray());
        }
    }

    /// <summary>Reviews and revocations of one designation at once: one revocation is made, and a review only if it came first.</summary>
    [Fact]
    public async Task Of_reviews_racing_revocations_of_one_designation_the_outcome_is_one_order_of_them()
    {
        var cluster = await factory.NewNationalClusterAsync();
        var rowsBefore = await factory.CountRowsAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => i % 2 == 0
            ? factory.MutateAsync(Caller.Ministry, RecordReviewOutcome, new { designationId = cluster.DesignationId, outcome = "PASSED", decidedOn = "2023-06-30" })
            : factory.MutateAsync(Caller.Ministry, RevokeDesignation,
                new { designationId = cluster.DesignationId, ground = "FALSE_MATERIALS", revokedOn = "2023-07-01", note = SyntheticNote })));

        AssertNoServerErrors(responses);
        var made = responses.Where(r => r.PayloadErrors is null).ToList();
        var revoked = Assert.Single(made, r => r.Mutation == RevokeDesignation);
        var reviewed = made.Where(r => r.Mutation == RecordReviewOutcome).ToList();
        Assert.True(reviewed.Count <= 1, "At most one review can be made.");
        var codes = responses.Except(made).Select(r => Assert.Single(r.PayloadErrors!)!["code"]!.GetValue<string>()).Distinct().Order();
        Assert.All(codes, code => Assert.Contains(code, new[] { "DESIGNATION_REVOKED", "REVIEW_NOT_DUE" }));

        var designation = (await factory.QueryAsync(Caller.Anonymous,
            "query($id: ID!) { node(id: $id) { ... on Designation { status reviews { decidedOn } revocation { revokedOn } } } }",
            new { id = cluster.DesignationId }))["node"]!;
        Assert.Equal("REVOKED", designation["status"]!.GetValue<string>());
        Assert.Equal(reviewed.Count, designation["reviews"]!.AsArray().Count);
        Assert.Equal(rowsBefore with
        {
            Reviews = rowsBefore.Reviews + reviewed.Count, Revocations = rowsBefore.Revocations + 1, AuditEvents = rowsBefore.AuditEvents + made.Count,
        }, await factory.CountRowsAsync());
        await AssertOneAuditEventPerWriteAsync(cluster.ClusterId, made);
    }

    /// <summary>
    /// Every acknowledged write has exactly one audit event in the cluster's history naming the record it wrote. The
    /// callers' row counts prove there is no event beyond one per acknowledged write.
    /// </summary>
    private async Task AssertOneAuditEventPerWriteAsync(string clusterId, IReadOnlyCollection<MutationResponse> acknowledged)
    {
        var history = await factory.HistoryAsync(Caller.Ministry, clusterId);
        foreach (var writes in acknowledged.GroupBy(w => w.Mutation))
        {
            var events = history.Where(h => h!["mutation"]!.GetValue<string>() == writes.Key && h["entityType"]!.GetValue<string>() != "Cluster").ToList();
            foreach (var write in writes)
                Assert.Single(events, e => e!["entityId"]!.GetValue<string>() == write.Result!["id"]!.GetValue<string>());
        }
    }

    private static object NationalBatch(int year) => new
    {
        level = "NATIONAL", year, issuingAuthority = "工业和信息化部（合成测试）", validFrom = $"{year}-01-01", validUntil = $"{year + 2}-12-31",
        sourceNote = SyntheticNote,
    };

    private async Task<string> VersionAsync(string clusterId) =>
        (await factory.QueryAsync(Caller.Anonymous, "query($id: ID!) { cluster(id: $id) { version } }", new { id = clusterId }))["cluster"]!["version"]!
            .GetValue<string>();

    private static void AssertNoServerErrors(IEnumerable<MutationResponse> responses) =>
        Assert.All(responses, r =>
        {
            Assert.True(r.Status == HttpStatusCode.OK && r.RequestErrors is null, r.Text);
            Assert.DoesNotContain("INTERNAL_SERVER_ERROR", r.Text);
        });
}

public sealed class ConcurrencyTestsOnSqlite(RegistryApiFactory factory) : ConcurrencyTests<RegistryApiFactory>(factory);

public sealed class ConcurrencyTestsOnPostgres(PostgresApiFactory factory) : ConcurrencyTests<PostgresApiFactory>(factory);
