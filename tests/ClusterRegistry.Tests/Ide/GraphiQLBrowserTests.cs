using System.Text.Json;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Operations;
using Xunit.Abstractions;

namespace ClusterRegistry.Tests.Ide;

/// <summary>GraphiQL as a person uses it: headless Chromium opens /graphql on a real port, reads the docs and runs a query.</summary>
public sealed class GraphiQLBrowserTests(KestrelApiFactory factory, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    private const string ClusterName = "广州市黄埔区智能制造装备产业集群";
    private const string Query = """{ clusters(search: "黄埔区 智能制造") { nodes { name leadIndustry } } }""";

    private static readonly string Screenshot = Path.Combine(RepositoryRoot.Path, "TestResults", "ide", "graphiql.png");

    [ChromiumFact]
    public async Task Opening_the_endpoint_shows_graphiql_whose_docs_and_queries_work_from_this_server_alone()
    {
        var origin = factory.Address.GetLeftPart(UriPartial.Authority);
        await using var browser = await HeadlessChromium.StartAsync();
        await using var page = await browser.OpenPageAsync();
        foreach (var domain in new[] { "Page", "Runtime", "Network", "Log" })
            await page.SendAsync($"{domain}.enable");

        string result;
        try
        {
            await page.SendAsync("Page.navigate", new { url = $"{origin}/graphql" });
            await page.WaitForAsync("document.querySelector('.graphiql-query-editor .CodeMirror') !== null", "the query editor");

            await page.EvaluateAsync("document.querySelector('.graphiql-sidebar button[aria-label*=\"Documentation Explorer\"]').click()");
            await page.WaitForAsync(
                "(link => link ? (link.click(), true) : false)(document.querySelector('.graphiql-doc-explorer-root-type + a'))", "the link to the query type");
            await page.WaitForAsync(
                "document.querySelector('.graphiql-doc-explorer')?.textContent.includes(\"Search the registry's clusters\")", "the docs of Query.clusters");

            await page.EvaluateAsync($"document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue({JsonSerializer.Serialize(Query)})");
            // GraphiQL takes in an edit after a debounce, and would run the operation it knew before until then.
            await page.WaitForAsync($"localStorage.getItem('graphiql:query') === {JsonSerializer.Serialize(Query)}", "GraphiQL to take in the query");
            await page.EvaluateAsync("document.querySelector('.graphiql-execute-button').click()");
            result = (await page.WaitForAsync(
                $"(text => text.includes({JsonSerializer.Serialize(ClusterName)}) && text)(document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue())",
                "the result")).GetString()!;
        }
        finally
        {
            await page.SaveScreenshotAsync(Screenshot);
            output.WriteLine($"Screenshot: {Screenshot}");
        }

        Assert.Equal(ClusterName, JsonDocument.Parse(result).RootElement
            .GetProperty("data").GetProperty("clusters").GetProperty("nodes")[0].GetProperty("name").GetString());
        var requested = page.Events.Where(e => e.Method == "Network.requestWillBeSent")
            .Select(e => e.Params.GetProperty("request").GetProperty("url").GetString()!).ToList();
        Assert.Contains(requested, url => url.EndsWith("graphiql.min.js", StringComparison.Ordinal));
        Assert.All(requested, url => Assert.True(url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
        Assert.Empty(page.Events.Where(e => e.Method == "Runtime.exceptionThrown").Select(e => e.Params.ToString()));
        Assert.Empty(page.Events
            .Where(e => e.Method == "Log.entryAdded" && e.Params.GetProperty("entry").GetProperty("level").GetString() == "error")
            .Select(e => e.Params.GetProperty("entry").ToString()));
    }
}
