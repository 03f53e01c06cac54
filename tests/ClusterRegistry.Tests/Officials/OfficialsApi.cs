using System.Net;
using System.Text.Json.Nodes;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Data;
using ClusterRegistry.Tests.Auth;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterRegistry.Tests.Officials;

/// <summary>Who sends a request.</summary>
public enum Caller
{
    Anonymous,
    SignedInWithoutRole,
    Ministry,

    /// <summary>A provincial official of Guangdong (44), where the synthetic clusters lie.</summary>
    Guangdong,

    /// <summary>A provincial official of Jiangsu (32).</summary>
    Jiangsu,

    /// <summary>A provincial official whose token has no province claim.</summary>
    ProvinceWithoutClaim,
}

/// <summary>The officials the tests act as; each has its own subject and name so the audit trail can tell them apart.</summary>
public static class Officials
{
    public const string MinistrySubject = "synthetic-ministry-official-0001";
    public const string MinistryName = "工信部合成测试官员";
    public const string GuangdongSubject = "synthetic-guangdong-official-0044";
    public const string GuangdongName = "广东省合成测试官员";
    public const string JiangsuSubject = "synthetic-jiangsu-official-0032";
    public const string JiangsuName = "江苏省合成测试官员";

    public static string? Token(Caller caller) => caller switch
    {
        Caller.Anonymous => null,
        Caller.SignedInWithoutRole => TestTokens.SignedInWithoutRole(),
        Caller.Ministry => TestTokens.For(RegistryRoles.Ministry, name: MinistryName, subject: MinistrySubject),
        Caller.Guangdong => TestTokens.For(RegistryRoles.Province, "44", GuangdongName, GuangdongSubject),
        Caller.Jiangsu => TestTokens.For(RegistryRoles.Province, "32", JiangsuName, JiangsuSubject),
        Caller.ProvinceWithoutClaim => TestTokens.For(RegistryRoles.Province),
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    public static HttpClient Client(this RegistryApiFactory factory, Caller caller)
    {
        var client = factory.CreateClient();
        return Token(caller) is { } token ? client.WithBearer(token) : client;
    }
}

/// <summary>The eight mutations, each with its payload's result field and a selection of it.</summary>
public static class Mutations
{
    public const string CreateIdentificationBatch = "createIdentificationBatch";
    public const string RecordIdentification = "recordIdentification";
    public const string RecordReviewOutcome = "recordReviewOutcome";
    public const string RevokeDesignation = "revokeDesignation";
    public const string RecordChangeFiling = "recordChangeFiling";
    public const string RecordPolicySupport = "recordPolicySupport";
    public const string UpdateClusterProfile = "updateClusterProfile";
    public const string RecordAnnualReport = "recordAnnualReport";
    public const string ImportIdentifications = "importIdentifications";

    public static readonly IReadOnlyList<string> All =
    [
        CreateIdentificationBatch, RecordIdentification, RecordReviewOutcome, RevokeDesignation,
        RecordChangeFiling, RecordPolicySupport, UpdateClusterProfile, RecordAnnualReport, ImportIdentifications,
    ];

    private const string ErrorSelection =
        "errors { __typename ... on Error { code message } ... on InvalidInputError { field } ... on NotFoundError { field } }";

    private static readonly Dictionary<string, (string Input, string Result, string Selection)> Shapes = new()
    {
        [CreateIdentificationBatch] = ("CreateIdentificationBatchInput", "batch",
            "id level year province { code } issuingAuthority validFrom validUntil designationCount"),
        [RecordIdentification] = ("RecordIdentificationInput", "designation",
            "id level validFrom validUntil status batch { id year } cluster { id name version province { code } county { code } }"),
        [RecordReviewOutcome] = ("RecordReviewOutcomeInput", "designation",
            "id validUntil status reviews { outcome decidedOn extendedUntil } revocation { ground revokedOn }"),
        [RevokeDesignation] = ("RevokeDesignationInput", "designation", "id status revocation { ground revokedOn document note }"),
        [RecordChangeFiling] = ("RecordChangeFilingInput", "changeFiling",
            "kind changedOn filedOn description cluster { id leadIndustry industryCode operatingInstitution }"),
        [RecordPolicySupport] = ("RecordPolicySupportInput", "policySupport", "id title issuingLevel amountCny clusters { id }"),
        [UpdateClusterProfile] = ("UpdateClusterProfileInput", "cluster", "id nameEn industryCode description version"),
        [ImportIdentifications] = ("ImportIdentificationsInput", "report", "dryRun committed newDesignations rejected rows { clusterId designationId }"),
        [RecordAnnualReport] = ("RecordAnnualReportInput", "annualReport",
            "reportingYear submittedOn enterpriseCount smeCount outputValueCny cluster { id }"),
    };

    public static string ResultField(string mutation) => Shapes[mutation].Result;

    public static string Document(string mutation)
    {
        var (input, result, selection) = Shapes[mutation];
        return $"mutation Change($input: {input}!) {{ {mutation}(input: $input) {{ {result} {{ {selection} }} {ErrorSelection} }} }}";
    }
}

/// <summary>A mutation's HTTP answer.</summary>
public sealed record MutationResponse(string Mutation, HttpStatusCode Status, JsonNode Body)
{
    public JsonNode? Payload => Body["data"]?[Mutation];
    public JsonNode? Result => Payload?[Mutations.ResultField(Mutation)];
    public JsonArray? PayloadErrors => Payload?["errors"] as JsonArray;
    public JsonArray? RequestErrors => Body["errors"] as JsonArray;
    public string Text => Body.ToJsonString();

    /// <summary>The result of a mutation that must have succeeded.</summary>
    public JsonNode Succeeded()
    {
        Assert.True(Status == HttpStatusCode.OK && RequestErrors is null && Payload?["errors"] is null && Result is not null,
            $"{Mutation} should have succeeded but answered {(int)Status}: {Text}");
        return Result!;
    }
}

/// <summary>Counts of every table a mutation can write, to prove a refused mutation wrote nothing.</summary>
public sealed record RowCounts(
    int Batches, int Clusters, int Designations, int Reviews, int Revocations, int PolicySupports, int PolicyLinks,
    int ChangeFilings, int AnnualReports, int AuditEvents);

/// <summary>A cluster a test created for itself, with its one designation.</summary>
public sealed record SyntheticCluster(string ClusterId, string DesignationId, string Name);

/// <summary>Officials' requests and synthetic fixtures over real HTTP against the real API.</summary>
public static class OfficialsApi
{
    public const string SyntheticNote = "synthetic test fixture";
    public const string GuangzhouTianhe = "440106";
    public const string NanjingXuanwu = "320102";

    private static int _clusterNumber;
    private static int _nextBatchYear = 2030;

    /// <summary>A batch year no other test in this process uses, for batches a test creates.</summary>
    public static int UniqueBatchYear()
    {
        var year = Interlocked.Increment(ref _nextBatchYear);
        return year <= 2100 ? year : throw new InvalidOperationException("Out of unused batch years.");
    }

    public static async Task<MutationResponse> MutateAsync(this RegistryApiFactory factory, Caller caller, string mutation, object input)
    {
        var (response, body) = await factory.Client(caller).PostGraphQLAsync(Mutations.Document(mutation), new { input });
        return new MutationResponse(mutation, response.StatusCode, body);
    }

    public static async Task<JsonNode> SucceedAsync(this RegistryApiFactory factory, Caller caller, string mutation, object input) =>
        (await factory.MutateAsync(caller, mutation, input)).Succeeded();

    public static Task<JsonNode> QueryAsync(this RegistryApiFactory factory, Caller caller, string query, object? variables = null) =>
        factory.Client(caller).QueryDataAsync(query, variables);

    /// <summary>
    /// A synthetic batch, created by the ministry the first time a test of the class asks for it. Only batches a test
    /// adds new clusters to are shared this way; nothing a test checks depends on who asked first.
    /// </summary>
    public static async Task<string> SyntheticBatchAsync(this RegistryApiFactory factory, string level, int year, string? province,
        string validFrom, string validUntil)
    {
        var existing = await factory.QueryAsync(Caller.Anonymous,
            "query($level: DesignationLevel, $year: Int) { batches(level: $level, year: $year) { id province { code } } }",
            new { level, year });
        var match = existing["batches"]!.AsArray().FirstOrDefault(b => b!["province"]?["code"]?.GetValue<string>() == province);
        if (match is not null) return match["id"]!.GetValue<string>();

        var batch = await factory.SucceedAsync(Caller.Ministry, Mutations.CreateIdentificationBatch, new
        {
            level,
            year,
            provinceCode = province,
            issuingAuthority = province is null ? "工业和信息化部（合成测试）" : $"省级中小企业主管部门（合成测试，{province}）",
            validFrom,
            validUntil,
            validityNote = "合成测试批次",
            sourceNote = SyntheticNote,
        });
        return batch["id"]!.GetValue<string>();
    }

    /// <summary>A synthetic national batch of 2021, valid 2021-01-01 to 2023-12-31: its reviews are open from 2023-01-01.</summary>
    public static Task<string> NationalBatchAsync(this RegistryApiFactory factory) =>
        factory.SyntheticBatchAsync("NATIONAL", 2021, null, "2021-01-01", "2023-12-31");

    /// <summary>A synthetic provincial batch of Guangdong (44) of 2021, with the same validity.</summary>
    public static Task<string> GuangdongBatchAsync(this RegistryApiFactory factory) =>
        factory.SyntheticBatchAsync("PROVINCIAL", 2021, "44", "2021-01-01", "2023-12-31");

    /// <summary>A new synthetic cluster, identified by <paramref name="batchId"/>; the ministry records it.</summary>
    public static async Task<SyntheticCluster> NewClusterAsync(this RegistryApiFactory factory, string batchId, string countyCode = GuangzhouTianhe)
    {
        var name = $"合成测试产业集群{Interlocked.Increment(ref _clusterNumber):D4}";
        var designation = await factory.SucceedAsync(Caller.Ministry, Mutations.RecordIdentification, new
        {
            batchId,
            newCluster = new { name, countyCode, leadIndustry = "合成测试产业" },
            sourceNote = SyntheticNote,
        });
        return new SyntheticCluster(designation["cluster"]!["id"]!.GetValue<string>(), designation["id"]!.GetValue<string>(), name);
    }

    /// <summary>A new synthetic Guangdong cluster with a national designation of the synthetic 2021 batch.</summary>
    public static async Task<SyntheticCluster> NewNationalClusterAsync(this RegistryApiFactory factory) =>
        await factory.NewClusterAsync(await factory.NationalBatchAsync());

    /// <summary>A new synthetic Guangdong cluster with a provincial designation of the synthetic Guangdong batch of 2021.</summary>
    public static async Task<SyntheticCluster> NewGuangdongClusterAsync(this RegistryApiFactory factory) =>
        await factory.NewClusterAsync(await factory.GuangdongBatchAsync());

    public static async Task<RowCounts> CountRowsAsync(this RegistryApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return new RowCounts(
            await db.Batches.CountAsync(),
            await db.Clusters.CountAsync(),
            await db.Designations.CountAsync(),
            await db.Reviews.CountAsync(),
            await db.Designations.CountAsync(d => d.Revocation != null),
            await db.PolicySupports.CountAsync(),
            await db.ClusterPolicySupports.CountAsync(),
            await db.ChangeFilings.CountAsync(),
            await db.AnnualReports.CountAsync(),
            await db.AuditEvents.CountAsync());
    }

    private const string ClusterStateQuery = """
        query($id: ID!) {
          cluster(id: $id) {
            version name nameEn leadIndustry industryCode operatingInstitution description firstBatchYear validUntil
            designations { id validUntil status reviews { outcome decidedOn } revocation { ground revokedOn } }
            annualReports { reportingYear enterpriseCount }
            changeFilings { kind description }
            policySupports { id }
            history { mutation entityId summary before after }
          }
        }
        """;

    /// <summary>Everything the public sees of a cluster, as JSON, to compare before and after a refused mutation.</summary>
    public static async Task<string> ClusterStateAsync(this RegistryApiFactory factory, string clusterId) =>
        (await factory.QueryAsync(Caller.Anonymous, ClusterStateQuery, new { id = clusterId }))["cluster"]!.ToJsonString();

    /// <summary>A cluster's history entries as the caller sees them.</summary>
    public static async Task<JsonArray> HistoryAsync(this RegistryApiFactory factory, Caller caller, string clusterId) =>
        (await factory.QueryAsync(caller,
            """
            query($id: ID!) {
              cluster(id: $id) {
                history { occurredAt mutation entityType entityId summary before after actor { subject name role provinceCode } }
              }
            }
            """, new { id = clusterId }))["cluster"]!["history"]!.AsArray();

    /// <summary>A date <paramref name="days"/> days after today in China: in the future whatever the hour.</summary>
    public static string FutureDate(int days = 2) =>
        DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(days).ToString("yyyy-MM-dd");

    public static DateOnly TodayInChina => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}
