using System.Text.Json.Nodes;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Officials;

namespace ClusterRegistry.Tests.Import;

/// <summary>importIdentifications over real HTTP.</summary>
public static class ImportApi
{
    public const string Document = """
        mutation($input: ImportIdentificationsInput!) { importIdentifications(input: $input) {
          report { dryRun committed token newClusters newDesignations rejected
            rows { number name outcome county { code } leadIndustry clusterId designationId errors warnings } }
          errors { __typename ... on Error { code message } ... on InvalidInputError { field } } } }
        """;

    public static async Task<(System.Net.HttpStatusCode Status, JsonNode Body)> ImportAsync(this RegistryApiFactory factory, Caller caller,
        string batchId, object[] rows, bool dryRun = true, string? expectedToken = null)
    {
        var (response, body) = await factory.Client(caller).PostGraphQLAsync(Document, new { input = new { batchId, rows, dryRun, expectedToken } });
        return (response.StatusCode, body);
    }

    public static JsonNode Payload(this JsonNode body) => body["data"]!["importIdentifications"]!;

    public static object[] AnnexRows(string csvPath) =>
        ClusterRegistry.Data.Import.CsvRows.Read(new StringReader(File.ReadAllText(csvPath)))
            .Select(r => (object)new { number = int.Parse(r["序号"]), province = r["省份"], name = r["集群名称"] }).ToArray();

    public static string Fixture(string name) => Path.Combine(RepositoryRoot.Path, "tests/ClusterRegistry.Tests/Import/Fixtures", name);
}

/// <summary>
/// The real API with a longer execution timeout: a 1,000-row commit on a loaded 2-core CI machine can pass the
/// default 10 s, and these tests check what an import writes, not how fast (that is for bench/).
/// </summary>
public sealed class ImportApiFactory : RegistryApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["QueryLimits:ExecutionTimeout"] = "00:03:00",
    };
}
