using System.Net;
using System.Text.RegularExpressions;
using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.Ide;

/// <summary>The IDE page and its files over HTTP, and that GraphQL clients on the same URL are not affected.</summary>
public sealed partial class IdePageTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    // What Chromium sends when it navigates.
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_browser_opening_the_endpoint_gets_graphiql_that_loads_nothing_from_elsewhere()
    {
        using var response = await GetAsync("/graphql", BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("<div id=\"graphiql\">", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_file_the_page_names_is_served_and_the_vendored_ones_are_cached_as_immutable()
    {
        using var page = await GetAsync("/graphql", BrowserAccept);
        var assets = AssetReference().Matches(await page.Content.ReadAsStringAsync()).Select(match => match.Groups["path"].Value).ToList();

        Assert.Equal(6, assets.Count);
        foreach (var asset in assets)
        {
            using var response = await GetAsync(asset, "*/*");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
            Assert.Equal(asset.EndsWith(".css") ? "text/css" : "text/javascript", response.Content.Headers.ContentType?.MediaType);
            if (asset.Contains("/vendor/"))
                Assert.Contains("immutable", response.Headers.CacheControl?.Extensions.Select(e => e.Name) ?? []);
        }
    }

    [Fact]
    public void Every_vendored_package_keeps_its_licence()
    {
        var vendor = Path.Combine(RepositoryRoot.Path, "src", "ClusterRegistry.Api", "wwwroot", "ide", "vendor");
        var packages = Directory.GetDirectories(vendor);

        Assert.Equal(3, packages.Length);
        Assert.All(packages, package => Assert.True(File.Exists(Path.Combine(package, "LICENSE")), package));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("*/*")]
    public async Task A_client_that_does_not_ask_for_html_still_gets_the_missing_query_error(string accept)
    {
        using var response = await GetAsync("/graphql", accept);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("MISSING_QUERY", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_browser_that_sends_a_query_gets_the_result()
    {
        using var response = await GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"), BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"__typename\":\"Query\"", await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return _client.SendAsync(request);
    }

    [GeneratedRegex("(?:src|href)=\"(?<path>/ide/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
