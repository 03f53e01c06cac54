using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ClusterRegistry.Api.Import;

/// <summary>
/// <c>import annex.xlsx --batch ID [--commit] --url https://api… --token TOKEN</c>: reads an annex, dry-runs
/// importIdentifications against the API over HTTP, prints the per-row report, and with --commit commits it with the
/// dry run's token when no row has errors.
/// </summary>
public static class ImportCommand
{
    public const string Verb = "import";
    private const string Usage = "usage: import FILE.xlsx|FILE.csv --batch BATCH_ID [--commit] --url API_URL --token TOKEN (or env REGISTRY_TOKEN)";

    private const string Document = """
        mutation($input: ImportIdentificationsInput!) { importIdentifications(input: $input) {
          report { dryRun committed token newClusters newDesignations rejected
            rows { number name outcome county { code name } clusterId designationId errors warnings } }
          errors { ... on Error { code message } } } }
        """;

    public sealed record Options(string File, string Batch, bool Commit, Uri Url, string Token);

    /// <summary>Runs the command when <paramref name="args"/> ask for it; true means the program should exit now.</summary>
    public static bool TryRun(string[] args)
    {
        if (args.FirstOrDefault() != Verb) return false;
        Options options;
        try { options = Parse(args[1..]); }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            Environment.ExitCode = 2;
            return true;
        }
        using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromMinutes(5) };
        Environment.ExitCode = RunAsync(options, http, Console.Out, Console.Error).GetAwaiter().GetResult();
        return true;
    }

    public static Options Parse(string[] args)
    {
        string? file = null, batch = null, url = null, token = Environment.GetEnvironmentVariable("REGISTRY_TOKEN");
        var commit = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--batch": batch = Next(); break;
                case "--url": url = Next(); break;
                case "--token": token = Next(); break;
                case "--commit": commit = true; break;
                case var a when a.StartsWith("--", StringComparison.Ordinal): throw new ArgumentException($"Unknown option {a}.");
                default: file = file is null ? args[i] : throw new ArgumentException("Give one file."); break;
            }
        }
        if (file is null || batch is null || url is null || string.IsNullOrEmpty(token)) throw new ArgumentException("FILE, --batch, --url and --token are required.");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) throw new ArgumentException($"'{url}' is not an absolute URL.");
        return new Options(file, batch, commit, uri, token);
    }

    /// <summary>Returns the exit code: 0 when the dry run (or the commit) succeeded without row errors, 1 otherwise.</summary>
    public static async Task<int> RunAsync(Options options, HttpClient http, TextWriter output, TextWriter error)
    {
        IReadOnlyList<AnnexRowInput> rows;
        try { rows = AnnexFile.Read(options.File); }
        catch (Exception e) when (e is FormatException or IOException or InvalidOperationException)
        {
            error.WriteLine($"Cannot read {options.File}: {e.Message}");
            return 2;
        }
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);

        var dryRun = await SendAsync(http, options.Batch, rows, dryRun: true, token: null, error);
        if (dryRun is null) return 1;
        ReportTable.Write(dryRun, output);
        if (!options.Commit) return (int)dryRun["rejected"]! == 0 ? 0 : 1;
        if ((int)dryRun["rejected"]! > 0)
        {
            error.WriteLine("Not committed: fix the rejected rows (or leave them out) and run again.");
            return 1;
        }
        var committed = await SendAsync(http, options.Batch, rows, dryRun: false, token: (string)dryRun["token"]!, error);
        if (committed is null) return 1;
        ReportTable.Write(committed, output);
        return 0;
    }

    private static async Task<JsonNode?> SendAsync(HttpClient http, string batch, IReadOnlyList<AnnexRowInput> rows, bool dryRun, string? token, TextWriter error)
    {
        var input = new { batchId = batch, dryRun, expectedToken = token, rows = rows.Select(r => new { r.Number, r.Name, r.Province, r.Prefecture, r.County, r.LeadIndustry, r.SourceUrl }) };
        using var response = await http.PostAsJsonAsync("graphql", new { query = Document, variables = new { input } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var payload = body?["data"]?["importIdentifications"];
        if (payload?["report"] is JsonObject report) return report;
        var errors = payload?["errors"] ?? body?["errors"];
        error.WriteLine($"The API refused the import ({(int)response.StatusCode}): " +
            string.Join("; ", errors?.AsArray().Select(e => $"{e?["code"] ?? e?["extensions"]?["code"]}: {e?["message"]}") ?? ["no answer"]));
        return null;
    }
}
