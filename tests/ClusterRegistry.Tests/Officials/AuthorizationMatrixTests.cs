using System.Net;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Tests.Auth;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Postgres;
using static ClusterRegistry.Tests.Officials.Mutations;
using static ClusterRegistry.Tests.Officials.OfficialsApi;

namespace ClusterRegistry.Tests.Officials;

/// <summary>
/// Every mutation against every kind of caller, over HTTP with minted tokens: refusals get 401 or 403 and write
/// nothing; the right official gets 200 with the result and no errors, and the change is audited.
/// </summary>
public abstract class AuthorizationMatrixTests<TApi>(TApi factory) : IClassFixture<TApi> where TApi : RegistryApiFactory
{
    /// <summary>What a cell acts on: a national record (a national batch, designation or policy) or a Guangdong one.</summary>
    private enum Target { National, Guangdong }

    private sealed record Cell(string Mutation, string Who, Caller Caller, Target Target, HttpStatusCode Expected);

    private const string Anonymous = "anonymous";
    private const string NoRole = "signed in without a registry role";
    private const string WrongRole = "Guangdong official on a national record";
    private const string OtherProvince = "Jiangsu official on a Guangdong record";
    private const string NoProvinceClaim = "provincial official without a province claim";
    private const string MinistryOfficial = "ministry official";
    private const string GuangdongOfficial = "Guangdong official on a Guangdong record";

    /// <summary>Mutations with a national variant that only the ministry may make.</summary>
    private static readonly HashSet<string> HasMinistryOnlyVariant =
        [CreateIdentificationBatch, RecordIdentification, RecordReviewOutcome, RevokeDesignation, RecordPolicySupport, ImportIdentifications];

    private static readonly IReadOnlyList<Cell> Cells = All.SelectMany(CellsOf).ToList();

    private static IEnumerable<Cell> CellsOf(string mutation)
    {
        yield return new(mutation, Anonymous, Caller.Anonymous, Target.Guangdong, HttpStatusCode.Unauthorized);
        yield return new(mutation, NoRole, Caller.SignedInWithoutRole, Target.Guangdong, HttpStatusCode.Forbidden);
        // A provincial official may record profile updates, change filings and annual reports of their own province's
        // clusters, so those three have no "wrong role" cell.
        if (HasMinistryOnlyVariant.Contains(mutation))
            yield return new(mutation, WrongRole, Caller.Guangdong, Target.National, HttpStatusCode.Forbidden);
        yield return new(mutation, OtherProvince, Caller.Jiangsu, Target.Guangdong, HttpStatusCode.Forbidden);
        yield return new(mutation, NoProvinceClaim, Caller.ProvinceWithoutClaim, Target.Guangdong, HttpStatusCode.Forbidden);
        yield return new(mutation, MinistryOfficial, Caller.Ministry, Target.National, HttpStatusCode.OK);
        yield return new(mutation, GuangdongOfficial, Caller.Guangdong, Target.Guangdong, HttpStatusCode.OK);
    }

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var cell in Cells) data.Add(cell.Mutation, cell.Who);
        return data;
    }

    [Fact]
    public void The_matrix_covers_every_mutation_of_the_schema()
    {
        var sdl = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schema", "schema.graphql"));
        var mutationType = sdl[sdl.IndexOf("type Mutation {", StringComparison.Ordinal)..];
        mutationType = mutationType[..mutationType.IndexOf("\n}", StringComparison.Ordinal)];
        var fields = System.Text.RegularExpressions.Regex.Matches(mutationType, @"^  (\w+)\(", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value);
        Assert.Equal(fields.Order(), All.Order());
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_mutation_answers_each_caller(string mutation, string who)
    {
        var cell = Cells.Single(c => c.Mutation == mutation && c.Who == who);
        var (input, clusterId) = await PrepareAsync(mutation, cell.Target);
        var rowsBefore = await factory.CountRowsAsync();
        var clusterBefore = clusterId is null ? null : await factory.ClusterStateAsync(clusterId);

        var response = await factory.MutateAsync(cell.Caller, mutation, input);

        Assert.DoesNotContain("   at ", response.Text);
        var rowsAfter = await factory.CountRowsAsync();
        var clusterAfter = clusterId is null ? null : await factory.ClusterStateAsync(clusterId);
        if (cell.Expected == HttpStatusCode.OK)
        {
            response.Succeeded();
            Assert.True(rowsAfter.AuditEvents > rowsBefore.AuditEvents, $"No audit event was written: {rowsBefore} -> {rowsAfter}");
            if (clusterId is not null) Assert.NotEqual(clusterBefore, clusterAfter);
            return;
        }

        Assert.Equal(cell.Expected, response.Status);
        Assert.Null(response.Payload);
        var error = Assert.Single(response.RequestErrors!)!;
        Assert.Equal(cell.Expected == HttpStatusCode.Unauthorized ? "AUTH_NOT_AUTHENTICATED" : "AUTH_NOT_AUTHORIZED",
            error["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(rowsBefore, rowsAfter);
        Assert.Equal(clusterBefore, clusterAfter);
    }

    public static TheoryData<string> Crossings() =>
    [
        "a Guangdong policy naming a Jiangsu cluster too",
        "a Guangdong identification of a Jiangsu cluster",
        "a Jiangsu batch identifying a new cluster in Guangdong",
        "a province claim that is a prefecture code",
    ];

    /// <summary>A provincial official cannot reach into another province through one request that also touches their own.</summary>
    [Theory]
    [MemberData(nameof(Crossings))]
    public async Task A_provincial_official_cannot_cross_the_province_boundary(string crossing)
    {
        var guangdong = await factory.NewNationalClusterAsync();
        var jiangsu = await factory.NewClusterAsync(await factory.NationalBatchAsync(), NanjingXuanwu);
        var (token, mutation, input) = crossing switch
        {
            "a Guangdong policy naming a Jiangsu cluster too" => (Officials.Token(Caller.Guangdong)!, RecordPolicySupport, (object)new
            {
                kind = "TALENT", issuingLevel = "PROVINCIAL", issuingAuthority = "广东省工业和信息化厅（合成测试）", title = "合成测试人才政策",
                startsOn = "2024-01-01", clusterIds = new[] { guangdong.ClusterId, jiangsu.ClusterId }, sourceNote = SyntheticNote,
            }),
            "a Guangdong identification of a Jiangsu cluster" => (Officials.Token(Caller.Guangdong)!, RecordIdentification,
                new { batchId = await factory.GuangdongBatchAsync(), clusterId = jiangsu.ClusterId, sourceNote = SyntheticNote }),
            "a Jiangsu batch identifying a new cluster in Guangdong" => (Officials.Token(Caller.Jiangsu)!, RecordIdentification, new
            {
                batchId = await factory.SyntheticBatchAsync("PROVINCIAL", 2021, "32", "2021-01-01", "2023-12-31"),
                newCluster = new { name = "合成测试越界集群", countyCode = GuangzhouTianhe, leadIndustry = "合成测试产业" },
                sourceNote = SyntheticNote,
            }),
            "a province claim that is a prefecture code" => (TestTokens.For(RegistryRoles.Province, "4401"), UpdateClusterProfile,
                new { clusterId = guangdong.ClusterId, nameEn = "Synthetic test cluster" }),
            _ => throw new ArgumentOutOfRangeException(nameof(crossing)),
        };
        var rowsBefore = await factory.CountRowsAsync();
        var before = (await factory.ClusterStateAsync(guangdong.ClusterId), await factory.ClusterStateAsync(jiangsu.ClusterId));

        var (response, body) = await factory.CreateClient().WithBearer(token).PostGraphQLAsync(Document(mutation), new { input });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("AUTH_NOT_AUTHORIZED", body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(rowsBefore, await factory.CountRowsAsync());
        Assert.Equal(before, (await factory.ClusterStateAsync(guangdong.ClusterId), await factory.ClusterStateAsync(jiangsu.ClusterId)));
    }

    /// <summary>A fresh target for the cell, so that no cell depends on another; and the cluster whose state must not change.</summary>
    private async Task<(object Input, string? ClusterId)> PrepareAsync(string mutation, Target target)
    {
        var national = target == Target.National;
        switch (mutation)
        {
            case CreateIdentificationBatch:
                var year = UniqueBatchYear();
                return (new
                {
                    level = national ? "NATIONAL" : "PROVINCIAL",
                    year,
                    provinceCode = national ? null : "44",
                    issuingAuthority = national ? "工业和信息化部（合成测试）" : "广东省工业和信息化厅（合成测试）",
                    validFrom = $"{year}-01-01",
                    validUntil = $"{year + 2}-12-31",
                    sourceNote = SyntheticNote,
                }, null);
            case RecordIdentification:
                var batchId = national ? await factory.NationalBatchAsync() : await factory.GuangdongBatchAsync();
                return (new
                {
                    batchId,
                    newCluster = new { name = $"合成测试认定集群{Guid.NewGuid():N}"[..20], countyCode = GuangzhouTianhe, leadIndustry = "合成测试产业" },
                    sourceNote = SyntheticNote,
                }, null);
            case ImportIdentifications:
            {
                // A commit of a one-row annex, with the token of a dry run by the official the target belongs to.
                var batch = national ? await factory.NationalBatchAsync() : await factory.GuangdongBatchAsync();
                var rows = new[] { new { name = $"合成测试导入集群{Guid.NewGuid():N}"[..20], province = "广东省", prefecture = "广州市", county = "天河区" } };
                var dry = await factory.SucceedAsync(national ? Caller.Ministry : Caller.Guangdong, ImportIdentifications, new { batchId = batch, rows });
                var token = (await factory.Client(national ? Caller.Ministry : Caller.Guangdong).PostGraphQLAsync(
                    "mutation($input: ImportIdentificationsInput!) { importIdentifications(input: $input) { report { token } } }",
                    new { input = new { batchId = batch, rows } })).Body["data"]!["importIdentifications"]!["report"]!["token"]!.GetValue<string>();
                Assert.Equal(0, dry["rejected"]!.GetValue<int>());
                return (new { batchId = batch, rows, dryRun = false, expectedToken = token }, null);
            }
            case RecordReviewOutcome:
            {
                var cluster = national ? await factory.NewNationalClusterAsync() : await factory.NewGuangdongClusterAsync();
                return (new { designationId = cluster.DesignationId, outcome = "PASSED", decidedOn = "2023-06-30", document = "合成测试复核文件" },
                    cluster.ClusterId);
            }
            case RevokeDesignation:
            {
                var cluster = national ? await factory.NewNationalClusterAsync() : await factory.NewGuangdongClusterAsync();
                return (new { designationId = cluster.DesignationId, ground = "TAX_LEGAL_OR_CREDIT_VIOLATION", revokedOn = "2023-05-01", note = SyntheticNote },
                    cluster.ClusterId);
            }
            case RecordPolicySupport:
            {
                var cluster = await factory.NewNationalClusterAsync();
                return (new
                {
                    kind = "FINANCE",
                    issuingLevel = national ? "NATIONAL" : "PROVINCIAL",
                    issuingAuthority = national ? "工业和信息化部（合成测试）" : "广东省工业和信息化厅（合成测试）",
                    title = "合成测试专项资金",
                    startsOn = "2024-01-01",
                    amountCny = 1_000_000m,
                    clusterIds = new[] { cluster.ClusterId },
                    sourceNote = SyntheticNote,
                }, cluster.ClusterId);
            }
            case RecordChangeFiling:
            {
                var cluster = await factory.NewNationalClusterAsync();
                return (new { clusterId = cluster.ClusterId, kind = "OTHER", changedOn = "2024-03-01", filedOn = "2024-03-15", description = "合成测试变动" },
                    cluster.ClusterId);
            }
            case UpdateClusterProfile:
            {
                var cluster = await factory.NewNationalClusterAsync();
                return (new { clusterId = cluster.ClusterId, nameEn = "Synthetic test cluster", description = "合成测试描述" }, cluster.ClusterId);
            }
            case RecordAnnualReport:
            {
                var cluster = await factory.NewNationalClusterAsync();
                return (new { clusterId = cluster.ClusterId, reportingYear = 2023, submittedOn = "2024-03-01", enterpriseCount = 120, smeCount = 110 },
                    cluster.ClusterId);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }
    }
}

public sealed class AuthorizationMatrixTestsOnSqlite(RegistryApiFactory factory) : AuthorizationMatrixTests<RegistryApiFactory>(factory);

public sealed class AuthorizationMatrixTestsOnPostgres(PostgresApiFactory factory) : AuthorizationMatrixTests<PostgresApiFactory>(factory);
