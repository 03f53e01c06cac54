using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.Hostile;

/// <summary>
/// The hostile-request suite against the real pipeline in the Production environment: no answer is a 5xx, every error
/// body is GraphQL-shaped JSON with a code, no request takes a second, and the server still answers a normal query.
/// The one-second bound detects hangs and runaway work (the refusals take milliseconds); speed is measured in bench/.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class HostileRequestTests(HostileApiFactory factory) : IClassFixture<HostileApiFactory>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var hostile in HostileCases.All()) data.Add(hostile.ToString());
        return data;
    }

    private static readonly Dictionary<string, HostileCase> ByName = HostileCases.All().ToDictionary(c => c.ToString());

    [Fact]
    public void The_suite_has_at_least_300_cases_over_every_family()
    {
        var cases = HostileCases.All().ToList();
        Assert.True(cases.Count >= 300, $"{cases.Count} cases");
        Assert.Equal(17, cases.Select(c => c.Family).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_request_gets_a_json_4xx_or_a_normal_answer_quickly(string name)
    {
        var client = await WarmClientAsync();
        var hostile = ByName[name];

        var (status, mediaType, text, elapsed) = await SendAsync(client, hostile);

        Assert.True(status < 500, $"{name}: {status} {Shorten(text)}");
        Assert.True(elapsed < Bound, $"{name}: {elapsed.TotalMilliseconds:0} ms");
        // Only GET ?sdl and the IDE answer with something else than JSON, and never with an error status; a request line
        // over Kestrel's limit is refused by the HTTP server before the application sees it (expected explicitly).
        var refusedByServer = status == 414 && hostile.ExpectedStatus == 414;
        var body = !refusedByServer && (status >= 400 || mediaType?.Contains("json") == true) ? ParseBody(name, status, text) : null;
        var errors = body?["errors"]?.AsArray() ?? [];
        if (status >= 400 && !refusedByServer) Assert.True(errors.Count > 0, $"{name}: {status} without errors: {Shorten(text)}");
        Assert.All(errors, error => Assert.False(string.IsNullOrEmpty(error?["extensions"]?["code"]?.GetValue<string>()), $"{name}: an error without a code: {Shorten(text)}"));
        Assert.DoesNotContain("Exception", text);
        if (hostile.ExpectedStatus is { } expected) Assert.True(expected == status, $"{name}: expected {expected}, got {status} {Shorten(text)}");
        if (hostile.ExpectedCode is { } code)
            Assert.True(errors.Any(e => e?["extensions"]?["code"]?.GetValue<string>() == code), $"{name}: expected {code} in {Shorten(text)}");
    }

    [Fact]
    public async Task After_the_whole_suite_a_normal_query_is_answered_correctly()
    {
        var client = await WarmClientAsync();
        foreach (var hostile in HostileCases.All())
        {
            var (status, _, text, _) = await SendAsync(client, hostile);
            Assert.True(status < 500, $"{hostile}: {status} {Shorten(text)}");
        }

        var data = await client.QueryDataAsync("{ clusters(where: { province: { code: { eq: \"44\" } } }) { totalCount } }");
        Assert.True(data["clusters"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task A_subscription_beside_a_cached_query_is_refused()
    {
        var client = await WarmClientAsync();
        const string document = "query Q { __typename } subscription S { x }";
        var (query, _) = await client.PostGraphQLAsync(document, operationName: "Q");
        Assert.Equal(200, (int)query.StatusCode);

        var (subscription, body) = await client.PostGraphQLAsync(document, operationName: "S");

        Assert.Equal(400, (int)subscription.StatusCode);
        Assert.Equal("UNSUPPORTED_OPERATION", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_oversized_page_is_refused_in_plain_words()
    {
        var (response, body) = await (await WarmClientAsync()).PostGraphQLAsync("{ clusters(first: 1000) { totalCount } }");

        Assert.Equal(400, (int)response.StatusCode);
        var message = body["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("A page holds 0 to 50 items; 1000 were asked for.", message);
        Assert.DoesNotContain("Parameter", message);
        Assert.DoesNotContain("Actual value", message);
    }

    private async Task<HttpClient> WarmClientAsync()
    {
        var client = factory.CreateClient();
        // The first request pays for start-up and JIT, which is not what the bound is about.
        await client.QueryDataAsync("{ clusters(first: 1) { totalCount } }");
        return client;
    }

    private static async Task<(int Status, string? MediaType, string Text, TimeSpan Elapsed)> SendAsync(HttpClient client, HostileCase hostile)
    {
        using var request = hostile.ToRequest();
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, clock.Elapsed);
    }

    private static JsonNode? ParseBody(string name, int status, string text)
    {
        if (status == 304) return null;
        try
        {
            return JsonNode.Parse(text) ?? throw new JsonException("null");
        }
        catch (JsonException)
        {
            Assert.Fail($"{name}: {status} with a body that is not JSON: {Shorten(text)}");
            return null;
        }
    }

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
