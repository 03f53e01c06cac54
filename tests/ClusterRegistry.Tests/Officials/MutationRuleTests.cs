using System.Net;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Postgres;
using static ClusterRegistry.Tests.Officials.Mutations;
using static ClusterRegistry.Tests.Officials.OfficialsApi;

namespace ClusterRegistry.Tests.Officials;

/// <summary>
/// Each registry rule refuses a change with its typed payload error (type, code and, where there is one, the field at
/// fault), and a refused change writes nothing: no row, no audit event, no change to the cluster.
/// </summary>
public abstract class MutationRuleTests<TApi>(TApi factory) : IClassFixture<TApi> where TApi : RegistryApiFactory
{
    private const string RuleViolation = "RuleViolationError";
    private const string InvalidInput = "InvalidInputError";
    private const string NotFound = "NotFoundError";
    private const string Conflict = "ConflictError";

    /// <summary>The attempt to refuse: who sends which mutation with what input, and the cluster it must leave unchanged.</summary>
    private sealed record Attempt(string Mutation, object Input, string? ClusterId = null, Caller Caller = Caller.Ministry);

    /// <summary>The expected error; <see cref="Field"/> is checked on the error types that have one.</summary>
    private sealed record Rule(Func<RegistryApiFactory, Task<Attempt>> Prepare, string Type, string Code, string? Field = null);

    private static readonly string Long201 = new('长', 201);
    private static readonly string UnknownCluster = GlobalId.Encode("Cluster", 999_999);

    private static readonly Dictionary<string, Rule> Rules = new()
    {
        // Reviews and revocations.
        ["review of a revoked designation"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            await f.SucceedAsync(Caller.Ministry, RevokeDesignation, Revocation(c.DesignationId, "2023-05-01"));
            return new(RecordReviewOutcome, Review(c.DesignationId, "2023-06-30"), c.ClusterId);
        }, RuleViolation, "DESIGNATION_REVOKED"),
        ["revocation of a revoked designation"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            await f.SucceedAsync(Caller.Ministry, RevokeDesignation, Revocation(c.DesignationId, "2023-05-01"));
            return new(RevokeDesignation, Revocation(c.DesignationId, "2023-06-01"), c.ClusterId);
        }, RuleViolation, "DESIGNATION_REVOKED"),
        ["review of a failed and so revoked designation"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            await f.SucceedAsync(Caller.Ministry, RecordReviewOutcome, Review(c.DesignationId, "2023-06-30", "FAILED"));
            return new(RecordReviewOutcome, Review(c.DesignationId, "2023-07-31"), c.ClusterId);
        }, RuleViolation, "DESIGNATION_REVOKED"),
        ["review before the final year of validity"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordReviewOutcome, Review(c.DesignationId, "2022-12-31"), c.ClusterId);
        }, RuleViolation, "REVIEW_NOT_DUE"),
        ["second review before the extended validity's final year"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            await f.SucceedAsync(Caller.Ministry, RecordReviewOutcome, Review(c.DesignationId, "2023-06-30"));
            return new(RecordReviewOutcome, Review(c.DesignationId, "2024-06-30"), c.ClusterId);
        }, RuleViolation, "REVIEW_NOT_DUE"),
        ["review dated in the future"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordReviewOutcome, Review(c.DesignationId, FutureDate()), c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "decidedOn"),
        ["review document of 101 characters"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordReviewOutcome, new { designationId = c.DesignationId, outcome = "PASSED", decidedOn = "2023-06-30", document = new string('文', 101) },
                c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "document"),
        ["review source note of 2001 characters"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordReviewOutcome, new { designationId = c.DesignationId, outcome = "PASSED", decidedOn = "2023-06-30", sourceNote = new string('注', 2001) },
                c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "sourceNote"),
        ["revocation dated in the future"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RevokeDesignation, Revocation(c.DesignationId, FutureDate()), c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "revokedOn"),
        ["revocation before the batch year"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RevokeDesignation, Revocation(c.DesignationId, "2020-12-31"), c.ClusterId);
        }, InvalidInput, "INVALID_DATE"),
        ["revocation on ground OTHER without a note"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RevokeDesignation, new { designationId = c.DesignationId, ground = "OTHER", revokedOn = "2023-05-01", note = "  " }, c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "note"),
        ["revocation note of 2001 characters"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RevokeDesignation, new { designationId = c.DesignationId, ground = "OTHER", revokedOn = "2023-05-01", note = new string('注', 2001) },
                c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "note"),
        ["revocation document of 101 characters"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RevokeDesignation, new { designationId = c.DesignationId, ground = "FALSE_MATERIALS", revokedOn = "2023-05-01", document = new string('文', 101) },
                c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "document"),
        ["review of an unknown designation"] = new(_ => Task.FromResult(
            new Attempt(RecordReviewOutcome, Review(GlobalId.Encode("Designation", 999_999), "2023-06-30"))), NotFound, "NOT_FOUND", "designationId"),
        ["revocation of an unknown designation"] = new(_ => Task.FromResult(
            new Attempt(RevokeDesignation, Revocation(GlobalId.Encode("Designation", 999_999), "2023-05-01"))), NotFound, "NOT_FOUND", "designationId"),
        ["review of a cluster id instead of a designation id"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordReviewOutcome, Review(c.ClusterId, "2023-06-30"), c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "designationId"),

        // Identifications.
        ["second unrevoked national designation"] = new(async f =>
        {
            var cluster = await RealClusterAsync(f, 2022);
            return new(RecordIdentification, new { batchId = await RealNationalBatchAsync(f, 2023), clusterId = cluster }, cluster);
        }, RuleViolation, "DUPLICATE_DESIGNATION"),
        ["identification twice by one batch"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordIdentification, new { batchId = await f.NationalBatchAsync(), clusterId = c.ClusterId }, c.ClusterId);
        }, RuleViolation, "DUPLICATE_DESIGNATION"),
        ["new cluster in a prefecture rather than a county"] = new(async f =>
            new(RecordIdentification, NewCluster(await f.NationalBatchAsync(), countyCode: "4401")), InvalidInput, "INVALID_INPUT", "newCluster.countyCode"),
        ["new cluster in a province rather than a county"] = new(async f =>
            new(RecordIdentification, NewCluster(await f.NationalBatchAsync(), countyCode: "44")), InvalidInput, "INVALID_INPUT", "newCluster.countyCode"),
        ["new cluster in an unknown county"] = new(async f =>
            new(RecordIdentification, NewCluster(await f.NationalBatchAsync(), countyCode: "449999")), InvalidInput, "INVALID_INPUT", "newCluster.countyCode"),
        ["new cluster with a 201-character name"] = new(async f =>
            new(RecordIdentification, NewCluster(await f.NationalBatchAsync(), name: Long201)), InvalidInput, "INVALID_VALUE"),
        ["new cluster with a 201-character lead industry"] = new(async f =>
            new(RecordIdentification, NewCluster(await f.NationalBatchAsync(), leadIndustry: Long201)), InvalidInput, "INVALID_VALUE"),
        ["new cluster with a blank name"] = new(async f =>
            new(RecordIdentification, NewCluster(await f.NationalBatchAsync(), name: "   ")), InvalidInput, "INVALID_VALUE"),
        ["new cluster classified in a section rather than a division"] = new(async f =>
            new(RecordIdentification, NewCluster(await f.NationalBatchAsync(), industryCode: "C")), InvalidInput, "INVALID_INPUT", "newCluster.industryCode"),
        ["new cluster with a 201-character English name"] = new(async f =>
            new(RecordIdentification, NewCluster(await f.NationalBatchAsync(), nameEn: new string('e', 201))), InvalidInput, "INVALID_VALUE"),
        ["provincial batch identifying another province's cluster"] = new(async f =>
            new(RecordIdentification, NewCluster(await f.GuangdongBatchAsync(), countyCode: NanjingXuanwu)), InvalidInput, "INVALID_REGION"),
        ["identification by an unknown batch"] = new(_ => Task.FromResult(
            new Attempt(RecordIdentification, NewCluster(GlobalId.Encode("IdentificationBatch", 999_999)))), NotFound, "NOT_FOUND", "batchId"),
        ["identification by a malformed batch id"] = new(_ => Task.FromResult(
            new Attempt(RecordIdentification, NewCluster("not-a-batch-id"))), InvalidInput, "INVALID_INPUT", "batchId"),
        ["identification of an unknown cluster"] = new(async f =>
            new(RecordIdentification, new { batchId = await f.NationalBatchAsync(), clusterId = UnknownCluster }), NotFound, "NOT_FOUND", "clusterId"),
        ["identification naming both a cluster and a new cluster"] = new(async f =>
        {
            var c = await f.NewGuangdongClusterAsync();
            var input = new
            {
                batchId = await f.NationalBatchAsync(), clusterId = c.ClusterId,
                newCluster = new { name = "合成测试产业集群", countyCode = GuangzhouTianhe, leadIndustry = "合成测试产业" },
            };
            return new(RecordIdentification, input, c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "clusterId"),
        ["identification naming no cluster"] = new(async f =>
            new(RecordIdentification, new { batchId = await f.NationalBatchAsync() }), InvalidInput, "INVALID_INPUT", "clusterId"),
        ["validity starting before the batch year"] = new(async f =>
            new(RecordIdentification, NewCluster(await f.NationalBatchAsync(), validFrom: "2020-07-01", validUntil: "2023-06-30")), InvalidInput, "INVALID_DATE"),
        ["validity of more than three years"] = new(async f =>
            new(RecordIdentification, NewCluster(await f.NationalBatchAsync(), validFrom: "2021-01-01", validUntil: "2024-01-02")), InvalidInput, "INVALID_DATE"),
        ["validity ending before it starts"] = new(async f =>
            new(RecordIdentification, NewCluster(await f.NationalBatchAsync(), validFrom: "2022-01-01", validUntil: "2021-12-31")), InvalidInput, "INVALID_DATE"),
        ["identification source URL of 1001 characters"] = new(async f =>
            new(RecordIdentification, new
            {
                batchId = await f.NationalBatchAsync(),
                newCluster = new { name = "合成测试产业集群", countyCode = GuangzhouTianhe, leadIndustry = "合成测试产业" },
                sourceUrl = "https://example.org/" + new string('a', 981),
            }), InvalidInput, "INVALID_INPUT", "sourceUrl"),

        // Batches.
        ["duplicate national batch"] = new(_ => Task.FromResult(new Attempt(CreateIdentificationBatch, Batch(2022))), RuleViolation, "DUPLICATE_BATCH"),
        ["duplicate provincial batch"] = new(async f =>
        {
            await f.GuangdongBatchAsync();
            return new(CreateIdentificationBatch, Batch(2021, province: "44"), Caller: Caller.Guangdong);
        }, RuleViolation, "DUPLICATE_BATCH"),
        ["batch validity starting before its year"] = new(_ => Task.FromResult(
            new Attempt(CreateIdentificationBatch, Batch(UniqueBatchYear(), validFromYearOffset: -1))), InvalidInput, "INVALID_DATE"),
        ["batch validity of more than three years"] = new(_ => Task.FromResult(
            new Attempt(CreateIdentificationBatch, Batch(UniqueBatchYear(), validUntilYearOffset: 3))), InvalidInput, "INVALID_DATE"),
        ["batch of an implausible year"] = new(_ => Task.FromResult(new Attempt(CreateIdentificationBatch, Batch(1999))), InvalidInput, "INVALID_DATE"),
        ["provincial batch without a province"] = new(_ => Task.FromResult(
            new Attempt(CreateIdentificationBatch, Batch(UniqueBatchYear(), level: "PROVINCIAL"))), InvalidInput, "INVALID_INPUT", "provinceCode"),
        ["provincial batch of a prefecture code"] = new(_ => Task.FromResult(
            new Attempt(CreateIdentificationBatch, Batch(UniqueBatchYear(), province: "4401"))), InvalidInput, "INVALID_INPUT", "provinceCode"),
        ["provincial batch of an unknown province"] = new(_ => Task.FromResult(
            new Attempt(CreateIdentificationBatch, Batch(UniqueBatchYear(), province: "99"))), InvalidInput, "INVALID_INPUT", "provinceCode"),
        ["national batch naming a province"] = new(_ => Task.FromResult(
            new Attempt(CreateIdentificationBatch, Batch(UniqueBatchYear(), level: "NATIONAL", province: "44"))), InvalidInput, "INVALID_REGION"),
        ["batch with a 201-character issuing authority"] = new(_ => Task.FromResult(
            new Attempt(CreateIdentificationBatch, Batch(UniqueBatchYear(), issuingAuthority: Long201))), InvalidInput, "INVALID_INPUT", "issuingAuthority"),
        ["batch without an issuing authority"] = new(_ => Task.FromResult(
            new Attempt(CreateIdentificationBatch, Batch(UniqueBatchYear(), issuingAuthority: " "))), InvalidInput, "INVALID_VALUE"),

        // Profiles.
        ["profile description of 5000 characters"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(UpdateClusterProfile, new { clusterId = c.ClusterId, description = new string('述', 5000) }, c.ClusterId);
        }, InvalidInput, "INVALID_VALUE"),
        ["profile English name of 201 characters"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(UpdateClusterProfile, new { clusterId = c.ClusterId, nameEn = new string('e', 201) }, c.ClusterId);
        }, InvalidInput, "INVALID_VALUE"),
        ["profile classified in a section rather than a division"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(UpdateClusterProfile, new { clusterId = c.ClusterId, industryCode = "C" }, c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "industryCode"),
        ["profile changing the operating institution without a filing"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(UpdateClusterProfile, new { clusterId = c.ClusterId, operatingInstitution = "合成测试运营机构" }, c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "operatingInstitution"),
        ["profile with a malformed expected version"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(UpdateClusterProfile, new { clusterId = c.ClusterId, expectedVersion = "!!not base64!!", nameEn = "Synthetic" }, c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "expectedVersion"),
        ["profile with a stale expected version"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            var read = (await f.QueryAsync(Caller.Anonymous, "query($id: ID!) { cluster(id: $id) { version } }", new { id = c.ClusterId }))["cluster"]!["version"]!
                .GetValue<string>();
            await f.SucceedAsync(Caller.Guangdong, UpdateClusterProfile, new { clusterId = c.ClusterId, expectedVersion = read, nameEn = "First writer" });
            return new(UpdateClusterProfile, new { clusterId = c.ClusterId, expectedVersion = read, nameEn = "Second writer" }, c.ClusterId);
        }, Conflict, "CONFLICT"),
        ["profile of an unknown cluster"] = new(_ => Task.FromResult(
            new Attempt(UpdateClusterProfile, new { clusterId = UnknownCluster, nameEn = "Nobody" })), NotFound, "NOT_FOUND", "clusterId"),

        // Change filings.
        ["change filed in the future"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordChangeFiling, Filing(c.ClusterId, "2024-03-01", FutureDate()), c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "filedOn"),
        ["change filed before it happened"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordChangeFiling, Filing(c.ClusterId, "2024-03-15", "2024-03-01"), c.ClusterId);
        }, InvalidInput, "INVALID_DATE"),
        ["change before the cluster's identification"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordChangeFiling, Filing(c.ClusterId, "2020-12-31", "2021-01-15"), c.ClusterId);
        }, InvalidInput, "INVALID_DATE"),
        ["lead industry change without the new lead industry"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordChangeFiling, Filing(c.ClusterId, "2024-03-01", "2024-03-15", kind: "LEAD_INDUSTRY"), c.ClusterId);
        }, InvalidInput, "INVALID_VALUE"),
        ["lead industry change to a section rather than a division"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordChangeFiling, new
            {
                clusterId = c.ClusterId, kind = "LEAD_INDUSTRY", changedOn = "2024-03-01", filedOn = "2024-03-15", description = "合成测试变动",
                newLeadIndustry = "合成测试新产业", newIndustryCode = "C",
            }, c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "newIndustryCode"),
        ["operating institution change of 201 characters"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordChangeFiling, new
            {
                clusterId = c.ClusterId, kind = "OPERATING_INSTITUTION", changedOn = "2024-03-01", filedOn = "2024-03-15", description = "合成测试变动",
                newOperatingInstitution = Long201,
            }, c.ClusterId);
        }, InvalidInput, "INVALID_VALUE"),
        ["change description of 2001 characters"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordChangeFiling, Filing(c.ClusterId, "2024-03-01", "2024-03-15", description: new string('述', 2001)), c.ClusterId);
        }, InvalidInput, "INVALID_VALUE"),
        ["change filing of an unknown cluster"] = new(_ => Task.FromResult(
            new Attempt(RecordChangeFiling, Filing(UnknownCluster, "2024-03-01", "2024-03-15"))), NotFound, "NOT_FOUND", "clusterId"),

        // Annual reports.
        ["second report on one year"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            await f.SucceedAsync(Caller.Guangdong, RecordAnnualReport, Report(c.ClusterId, 2023));
            return new(RecordAnnualReport, Report(c.ClusterId, 2023, submittedOn: "2024-05-01"), c.ClusterId);
        }, RuleViolation, "DUPLICATE_REPORT"),
        ["report with more SMEs than enterprises"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordAnnualReport, Report(c.ClusterId, 2023, enterpriseCount: 100, smeCount: 101), c.ClusterId);
        }, InvalidInput, "INVALID_VALUE"),
        ["report with a negative output value"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordAnnualReport, Report(c.ClusterId, 2023, outputValueCny: -1m), c.ClusterId);
        }, InvalidInput, "INVALID_VALUE"),
        ["report with an SME output share over 1"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordAnnualReport, Report(c.ClusterId, 2023, smeOutputShare: 1.01m), c.ClusterId);
        }, InvalidInput, "INVALID_VALUE"),
        ["report submitted in the future"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordAnnualReport, Report(c.ClusterId, 2023, submittedOn: FutureDate()), c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "submittedOn"),
        ["report submitted within its reporting year"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordAnnualReport, Report(c.ClusterId, 2023, submittedOn: "2023-12-31"), c.ClusterId);
        }, InvalidInput, "INVALID_DATE"),
        ["report on a year before the cluster's identification"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordAnnualReport, Report(c.ClusterId, 2020, submittedOn: "2021-03-01"), c.ClusterId);
        }, InvalidInput, "INVALID_VALUE"),
        ["report on an unknown cluster"] = new(_ => Task.FromResult(
            new Attempt(RecordAnnualReport, Report(UnknownCluster, 2023))), NotFound, "NOT_FOUND", "clusterId"),

        // Policy support.
        ["policy ending before it starts"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordPolicySupport, Policy([c.ClusterId], endsOn: "2023-12-31"), c.ClusterId);
        }, InvalidInput, "INVALID_DATE"),
        ["policy with a negative amount"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordPolicySupport, Policy([c.ClusterId], amountCny: -0.01m), c.ClusterId);
        }, InvalidInput, "INVALID_VALUE"),
        ["policy with a 201-character title"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordPolicySupport, Policy([c.ClusterId], title: Long201), c.ClusterId);
        }, InvalidInput, "INVALID_VALUE"),
        ["policy for no cluster"] = new(_ => Task.FromResult(new Attempt(RecordPolicySupport, Policy([]))), InvalidInput, "INVALID_INPUT", "clusterIds"),
        ["policy for 101 clusters"] = new(_ => Task.FromResult(new Attempt(RecordPolicySupport,
            Policy(Enumerable.Range(1, 101).Select(i => GlobalId.Encode("Cluster", i)).ToArray()))), InvalidInput, "INVALID_INPUT", "clusterIds"),
        ["policy for a known and an unknown cluster"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordPolicySupport, Policy([c.ClusterId, UnknownCluster]), c.ClusterId);
        }, NotFound, "NOT_FOUND", "clusterIds"),
        ["policy for a malformed cluster id"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return new(RecordPolicySupport, Policy([c.ClusterId, "Cluster:1"]), c.ClusterId);
        }, InvalidInput, "INVALID_INPUT", "clusterIds"),
    };

    public static TheoryData<string> RuleNames() => [.. Rules.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public async Task A_broken_rule_is_a_typed_error_and_writes_nothing(string rule)
    {
        var expected = Rules[rule];
        var attempt = await expected.Prepare(factory);
        var rowsBefore = await factory.CountRowsAsync();
        var clusterBefore = attempt.ClusterId is null ? null : await factory.ClusterStateAsync(attempt.ClusterId);

        var response = await factory.MutateAsync(attempt.Caller, attempt.Mutation, attempt.Input);

        Assert.True(response.Status == HttpStatusCode.OK && response.RequestErrors is null, response.Text);
        Assert.Null(response.Result);
        var error = Assert.Single(response.PayloadErrors!)!;
        Assert.Equal(expected.Type, error["__typename"]!.GetValue<string>());
        Assert.Equal(expected.Code, error["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
        if (expected.Type is InvalidInput or NotFound) Assert.Equal(expected.Field, error["field"]?.GetValue<string>());
        else Assert.Null(error["field"]);

        Assert.Equal(rowsBefore, await factory.CountRowsAsync());
        if (attempt.ClusterId is not null) Assert.Equal(clusterBefore, await factory.ClusterStateAsync(attempt.ClusterId));
    }

    /// <summary>A malformed request: its document and variables, the cluster it must leave unchanged, and the typed error it gets
    /// (type and code), or none when the request itself is refused with 400.</summary>
    private sealed record Malformed(Func<RegistryApiFactory, Task<(string Document, string Variables, string? ClusterId)>> Prepare,
        string? Type = null, string? Code = null);

    private static Func<RegistryApiFactory, Task<(string, string, string?)>> Input(string mutation, Func<SyntheticCluster, string> input) => async f =>
    {
        var c = await f.NewNationalClusterAsync();
        return (Document(mutation), $$"""{"input": {{input(c)}}}""", c.ClusterId);
    };

    private static Func<RegistryApiFactory, Task<(string, string, string?)>> Input(string mutation, string input) =>
        _ => Task.FromResult((Document(mutation), $$"""{"input": {{input}}}""", (string?)null));

    private static readonly Dictionary<string, Malformed> MalformedRequests = new()
    {
        // Malformed ids are typed errors.
        ["an empty cluster id"] = new(Input(UpdateClusterProfile, """{"clusterId": "", "nameEn": "x"}"""), InvalidInput, "INVALID_INPUT"),
        ["a cluster id that is not base64"] = new(Input(UpdateClusterProfile, """{"clusterId": "%%%", "nameEn": "x"}"""), InvalidInput, "INVALID_INPUT"),
        ["a region's id as a cluster id"] = new(Input(UpdateClusterProfile, $$"""{"clusterId": "{{GlobalId.Encode("Region", "44")}}", "nameEn": "x"}"""),
            InvalidInput, "INVALID_INPUT"),
        ["a cluster id with a negative key"] = new(Input(UpdateClusterProfile, $$"""{"clusterId": "{{GlobalId.Encode("Cluster", -5)}}", "nameEn": "x"}"""),
            InvalidInput, "INVALID_INPUT"),
        ["a cluster id with a key beyond Int32"] = new(Input(UpdateClusterProfile,
            $$"""{"clusterId": "{{GlobalId.Encode("Cluster", "99999999999")}}", "nameEn": "x"}"""), InvalidInput, "INVALID_INPUT"),
        ["a cluster id with SQL in its key"] = new(Input(UpdateClusterProfile,
            $$"""{"clusterId": "{{GlobalId.Encode("Cluster", "1 OR 1=1")}}", "nameEn": "x"}"""), InvalidInput, "INVALID_INPUT"),
        ["a cluster id of 300 characters"] = new(Input(UpdateClusterProfile, $$"""{"clusterId": "{{new string('Q', 300)}}", "nameEn": "x"}"""),
            InvalidInput, "INVALID_INPUT"),
        ["a bare number as a designation id"] = new(Input(RecordReviewOutcome, """{"designationId": 12, "outcome": "PASSED", "decidedOn": "2023-06-30"}"""),
            InvalidInput, "INVALID_INPUT"),

        // Extreme values are typed errors too.
        ["a validity at the end of the calendar"] = new(async f =>
            (Document(RecordIdentification), $$"""
                {"input": {"batchId": "{{await f.NationalBatchAsync()}}", "validFrom": "9998-06-01", "validUntil": "9999-12-31",
                  "newCluster": {"name": "合成测试产业集群", "countyCode": "440106", "leadIndustry": "合成测试产业"} } }
                """, null), InvalidInput, "INVALID_DATE"),
        ["a batch valid at the end of the calendar"] = new(Input(CreateIdentificationBatch,
            """{"level": "NATIONAL", "year": 2099, "issuingAuthority": "合成测试", "validFrom": "9999-01-01", "validUntil": "9999-12-31"}"""),
            InvalidInput, "INVALID_DATE"),
        ["a batch of the largest year"] = new(Input(CreateIdentificationBatch,
            """{"level": "NATIONAL", "year": 2147483647, "issuingAuthority": "合成测试", "validFrom": "2030-01-01", "validUntil": "2030-12-31"}"""),
            InvalidInput, "INVALID_DATE"),
        ["a review on the first day of the calendar"] = new(Input(RecordReviewOutcome,
            c => $$"""{"designationId": "{{c.DesignationId}}", "outcome": "FAILED", "decidedOn": "0001-01-01"}"""), RuleViolation, "REVIEW_NOT_DUE"),
        ["a report on the largest year"] = new(Input(RecordAnnualReport,
            c => $$"""{"clusterId": "{{c.ClusterId}}", "reportingYear": 2147483647, "submittedOn": "2024-03-01"}"""), InvalidInput, "INVALID_DATE"),
        ["a report on the smallest year"] = new(Input(RecordAnnualReport,
            c => $$"""{"clusterId": "{{c.ClusterId}}", "reportingYear": -2147483648, "submittedOn": "2024-03-01"}"""), InvalidInput, "INVALID_VALUE"),

        // Wrong enum values, wrong variable types and malformed documents are request errors: 400.
        ["an unknown review outcome"] = new(Input(RecordReviewOutcome,
            c => $$"""{"designationId": "{{c.DesignationId}}", "outcome": "MAYBE", "decidedOn": "2023-06-30"}""")),
        ["a lower-case revocation ground"] = new(Input(RevokeDesignation,
            c => $$"""{"designationId": "{{c.DesignationId}}", "ground": "other", "revokedOn": "2023-06-30", "note": "x"}""")),
        ["an enum value given as a number"] = new(Input(RecordChangeFiling,
            c => $$"""{"clusterId": "{{c.ClusterId}}", "kind": 1, "changedOn": "2024-03-01", "filedOn": "2024-03-15", "description": "合成测试变动"}""")),
        ["a year given as text"] = new(Input(CreateIdentificationBatch,
            """{"level": "NATIONAL", "year": "twenty", "issuingAuthority": "合成测试", "validFrom": "2030-01-01", "validUntil": "2030-12-31"}""")),
        ["an impossible date"] = new(Input(RecordReviewOutcome,
            c => $$"""{"designationId": "{{c.DesignationId}}", "outcome": "PASSED", "decidedOn": "2025-02-30"}""")),
        ["a date in another format"] = new(Input(RecordReviewOutcome,
            c => $$"""{"designationId": "{{c.DesignationId}}", "outcome": "PASSED", "decidedOn": "30/06/2025"}""")),
        ["a date given as a number"] = new(Input(RecordReviewOutcome,
            c => $$"""{"designationId": "{{c.DesignationId}}", "outcome": "PASSED", "decidedOn": 20250630}""")),
        ["a count beyond Int"] = new(Input(RecordAnnualReport,
            c => $$"""{"clusterId": "{{c.ClusterId}}", "reportingYear": 2023, "submittedOn": "2024-03-01", "enterpriseCount": 3000000000}""")),
        ["an amount beyond Decimal"] = new(Input(RecordPolicySupport, c => $$"""
            {"kind": "FINANCE", "issuingLevel": "NATIONAL", "issuingAuthority": "合成测试", "title": "合成测试政策", "startsOn": "2024-01-01",
             "amountCny": 1e300, "clusterIds": ["{{c.ClusterId}}"]}
            """)),
        ["an amount given as text"] = new(Input(RecordPolicySupport, c => $$"""
            {"kind": "FINANCE", "issuingLevel": "NATIONAL", "issuingAuthority": "合成测试", "title": "合成测试政策", "startsOn": "2024-01-01",
             "amountCny": "lots", "clusterIds": ["{{c.ClusterId}}"]}
            """)),
        ["a null in the list of cluster ids"] = new(Input(RecordPolicySupport, c => $$"""
            {"kind": "FINANCE", "issuingLevel": "NATIONAL", "issuingAuthority": "合成测试", "title": "合成测试政策", "startsOn": "2024-01-01",
             "clusterIds": ["{{c.ClusterId}}", null]}
            """)),
        ["an object where the list of cluster ids belongs"] = new(Input(RecordPolicySupport, c => $$"""
            {"kind": "FINANCE", "issuingLevel": "NATIONAL", "issuingAuthority": "合成测试", "title": "合成测试政策", "startsOn": "2024-01-01",
             "clusterIds": {"id": "{{c.ClusterId}}"} }
            """)),
        ["an object as a cluster id"] = new(Input(UpdateClusterProfile, c => $$"""{"clusterId": {"id": "{{c.ClusterId}}"}, "nameEn": "x"}""")),
        ["a null input"] = new(_ => Task.FromResult((Document(UpdateClusterProfile), """{"input": null}""", (string?)null))),
        ["a missing required field"] = new(Input(RecordReviewOutcome, c => $$"""{"designationId": "{{c.DesignationId}}", "outcome": "PASSED"}""")),
        ["an unknown input field"] = new(Input(UpdateClusterProfile, c => $$"""{"clusterId": "{{c.ClusterId}}", "colour": "red"}""")),
        ["an unknown enum literal in the document"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return ($$"""mutation { recordReviewOutcome(input: { designationId: "{{c.DesignationId}}", outcome: MAYBE, decidedOn: "2023-06-30" }) { designation { id } } }""",
                "{}", c.ClusterId);
        }),
        ["an unknown payload field"] = new(async f =>
        {
            var c = await f.NewNationalClusterAsync();
            return ("""mutation($id: ID!) { updateClusterProfile(input: { clusterId: $id, nameEn: "x" }) { cluster { id } secret } }""",
                $$"""{"id": "{{c.ClusterId}}"}""", c.ClusterId);
        }),
        ["a mutation that does not exist"] = new(_ => Task.FromResult(("mutation { deleteCluster(id: \"x\") }", "{}", (string?)null))),
    };

    public static TheoryData<string> MalformedNames() => [.. MalformedRequests.Keys];

    [Theory]
    [MemberData(nameof(MalformedNames))]
    public async Task Malformed_input_never_gets_a_500_or_a_stack_trace(string request)
    {
        var malformed = MalformedRequests[request];
        var (document, variables, clusterId) = await malformed.Prepare(factory);
        var rowsBefore = await factory.CountRowsAsync();
        var clusterBefore = clusterId is null ? null : await factory.ClusterStateAsync(clusterId);

        var (response, body) = await factory.Client(Caller.Ministry).PostGraphQLAsync(document, System.Text.Json.Nodes.JsonNode.Parse(variables));

        var text = body.ToJsonString();
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", text);
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
        if (malformed.Type is null)
        {
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
            Assert.NotEmpty(body["errors"]!.AsArray());
            Assert.Null(body["data"]);
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK && body["errors"] is null, $"{(int)response.StatusCode}: {text}");
            var payload = body["data"]!.AsObject().Single().Value!;
            var error = Assert.Single(payload["errors"]!.AsArray())!;
            Assert.Equal((malformed.Type, malformed.Code), (error["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>()));
        }
        Assert.Equal(rowsBefore, await factory.CountRowsAsync());
        if (clusterId is not null) Assert.Equal(clusterBefore, await factory.ClusterStateAsync(clusterId));
    }

    private static object Review(string designationId, string decidedOn, string outcome = "PASSED") =>
        new { designationId, outcome, decidedOn, document = "合成测试复核文件", sourceNote = SyntheticNote };

    private static object Revocation(string designationId, string revokedOn) =>
        new { designationId, ground = "TAX_LEGAL_OR_CREDIT_VIOLATION", revokedOn, note = SyntheticNote };

    private static object NewCluster(string batchId, string name = "合成测试产业集群", string countyCode = GuangzhouTianhe,
        string leadIndustry = "合成测试产业", string? industryCode = null, string? nameEn = null, string? validFrom = null, string? validUntil = null) =>
        new { batchId, newCluster = new { name, countyCode, leadIndustry, industryCode, nameEn }, validFrom, validUntil, sourceNote = SyntheticNote };

    private static object Batch(int year, string? level = null, string? province = null, string issuingAuthority = "合成测试认定机关",
        int validFromYearOffset = 0, int validUntilYearOffset = 2) => new
    {
        level = level ?? (province is null ? "NATIONAL" : "PROVINCIAL"),
        year,
        provinceCode = province,
        issuingAuthority,
        validFrom = $"{year + validFromYearOffset}-06-01",
        validUntil = $"{year + validUntilYearOffset}-12-31",
        sourceNote = SyntheticNote,
    };

    private static object Filing(string clusterId, string changedOn, string filedOn, string kind = "OTHER", string description = "合成测试变动") =>
        new { clusterId, kind, changedOn, filedOn, description };

    private static object Report(string clusterId, int reportingYear, string submittedOn = "2024-03-01", int? enterpriseCount = 120, int? smeCount = 110,
        decimal? outputValueCny = 1_500_000_000m, decimal? smeOutputShare = 0.8m) =>
        new { clusterId, reportingYear, submittedOn, enterpriseCount, smeCount, outputValueCny, smeOutputShare };

    private static object Policy(string[] clusterIds, string title = "合成测试专项资金", string? endsOn = null, decimal? amountCny = 1_000_000m) => new
    {
        kind = "FINANCE", issuingLevel = "NATIONAL", issuingAuthority = "工业和信息化部（合成测试）", title, startsOn = "2024-01-01", endsOn, amountCny,
        clusterIds, sourceNote = SyntheticNote,
    };

    /// <summary>The first real cluster (by name) identified by the national batch of <paramref name="year"/>.</summary>
    private static async Task<string> RealClusterAsync(RegistryApiFactory f, int year) =>
        (await f.QueryAsync(Caller.Anonymous,
            "query($year: Int!) { clusters(first: 1, where: { designations: { some: { batchYear: { eq: $year } } } }, order: [{ name: ASC }]) { nodes { id } } }",
            new { year }))["clusters"]!["nodes"]![0]!["id"]!.GetValue<string>();

    private static async Task<string> RealNationalBatchAsync(RegistryApiFactory f, int year) =>
        (await f.QueryAsync(Caller.Anonymous, "query($year: Int) { batches(level: NATIONAL, year: $year) { id } }", new { year }))["batches"]![0]!["id"]!
            .GetValue<string>();
}

public sealed class MutationRuleTestsOnSqlite(RegistryApiFactory factory) : MutationRuleTests<RegistryApiFactory>(factory);

public sealed class MutationRuleTestsOnPostgres(PostgresApiFactory factory) : MutationRuleTests<PostgresApiFactory>(factory);
