using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Tests.Auth;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace ClusterRegistry.Tests.Operations;

public sealed class RequestLogTests(LoggingApiFactory factory) : IClassFixture<LoggingApiFactory>
{
    private const string PersonalSearch = "张三 13800138000";
    private const string SearchQuery = "query Search($text: String) { clusters(search: $text) { totalCount } }";
    private const string Variables = $$"""{"text":"{{PersonalSearch}}"}""";

    [Fact]
    public async Task A_graphql_request_writes_one_line_with_request_id_trace_id_operation_status_and_duration()
    {
        var client = factory.CreateClient();
        var (response, _) = await client.PostGraphQLAsync(
            "query ProvinceList { regions { code } } query Other { __typename }", operationName: "ProvinceList");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var line = await RequestLineAsync(entry => Equals(entry.Properties["OperationName"], "ProvinceList"));
        Assert.Equal("query", line.Properties["OperationType"]);
        Assert.Equal(200, line.Properties["StatusCode"]);
        Assert.Equal("POST", line.Properties["HttpMethod"]);
        Assert.IsType<double>(line.Properties["DurationMs"]);
        Assert.False(string.IsNullOrEmpty(line.Properties["RequestId"] as string));
        Assert.Matches("^[0-9a-f]{32}$", line.Properties["TraceId"] as string);
        Assert.Single(RequestLines(), entry => Equals(entry.Properties["RequestId"], line.Properties["RequestId"]));
    }

    [Fact]
    public async Task A_refused_request_is_logged_with_its_status_and_no_operation()
    {
        var client = factory.CreateClient();
        using var response = await client.PostAsync("/graphql", new StringContent("{ not json", MediaTypeHeaderValue.Parse("application/json")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        var line = await RequestLineAsync(entry => Equals(entry.Properties["StatusCode"], 400));
        Assert.Null(line.Properties["OperationName"]);
        Assert.Null(line.Properties["OperationType"]);
    }

    [Fact]
    public async Task Bearer_tokens_variables_and_free_text_never_reach_the_logs()
    {
        var linesBefore = RequestLines().Count();
        var tokens = new[] { TestTokens.For(RegistryRoles.Ministry), TestTokens.SignedWithForeignKey(RegistryRoles.Ministry), TestTokens.Expired(RegistryRoles.Province, "44") };
        foreach (var token in tokens)
        {
            var client = factory.CreateClient().WithBearer(token);
            // Whatever the answer (a refused token gets 401), only the request line matters here.
            using var post = await client.PostAsJsonAsync("/graphql", new { query = SearchQuery, variables = new { text = PersonalSearch }, operationName = "Search" });
            using var get = await client.GetAsync($"/graphql?query={Uri.EscapeDataString(SearchQuery)}&variables={Uri.EscapeDataString(Variables)}");
        }
        // The operationName parameter is free text too; only a name from the document is logged.
        using var misnamed = await factory.CreateClient().PostAsJsonAsync("/graphql", new { query = SearchQuery, operationName = PersonalSearch });
        await Eventually.TrueAsync(() => RequestLines().Count() == linesBefore + 2 * tokens.Length + 1, "a line per request");

        var logged = factory.Logs.AllText.ToList();
        foreach (var token in tokens)
        {
            Assert.DoesNotContain(logged, text => text.Contains(token, StringComparison.Ordinal));
            Assert.DoesNotContain(logged, text => text.Contains(token[(token.LastIndexOf('.') + 1)..], StringComparison.Ordinal));
        }
        // Nor the header or claims of any token: both are base64 of JSON, which starts with "eyJ".
        Assert.DoesNotContain(logged, text => text.Contains("eyJ", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, text => text.Contains("13800138000", StringComparison.Ordinal) || text.Contains("张三", StringComparison.Ordinal));
    }

    [Fact]
    public void The_console_writes_json()
    {
        var console = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
    }

    private IEnumerable<CapturedLog> RequestLines() => factory.Logs.Entries.Where(entry => entry.EventName == "GraphQLRequest");

    private Task<CapturedLog> RequestLineAsync(Func<CapturedLog, bool> matches) =>
        Eventually.ValueAsync(() => RequestLines().FirstOrDefault(matches), "the request line");
}
