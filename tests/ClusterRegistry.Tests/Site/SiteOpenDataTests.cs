using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.Site;

/// <summary>What the site shows of the open data (issue 11) over real HTTP against the real data: derived industry
/// classifications, the industry filter and pages they make work, and the About page's downloads and changes feed.</summary>
public sealed class SiteOpenDataTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("", "推算", "可信度：")]
    [InlineData("/en", "Derived", "Confidence: ")]
    public async Task A_cluster_page_shows_its_derived_classification_with_its_confidence(string prefix, string derived, string confidence)
    {
        var cluster = await FirstDerivedClusterAsync();
        var classification = cluster["industryClassification"]!;
        var division = classification["division"]!["code"]!.GetValue<string>();
        var level = classification["confidence"]!.GetValue<string>();
        var confidenceWord = (prefix, level) switch
        {
            ("", "HIGH") => "高", ("", "MEDIUM") => "中", ("", "LOW") => "低",
            (_, var word) => word.ToLowerInvariant(),
        };

        var (status, html, _) = await _client.GetPageAsync($"{prefix}/clusters/{Key(cluster)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"href=\"{prefix}/industries/{division}\">{division} · ", html);
        Assert.Contains($"<span class=\"status status-derived\">{derived}</span>", html);
        Assert.Contains(confidence + confidenceWord, html);
        Assert.DoesNotContain("status-official", html);
    }

    [Fact]
    public async Task The_search_page_filters_by_industry_and_the_industry_page_lists_its_clusters()
    {
        var api = await _client.QueryAsync("{ industries { code level clusterCount } }");
        var division = api["industries"]!.AsArray()
            .Where(industry => industry!["level"]!.GetValue<string>() == "DIVISION")
            .MaxBy(industry => industry!["clusterCount"]!.GetValue<int>())!;
        var code = division["code"]!.GetValue<string>();
        var count = division["clusterCount"]!.GetValue<int>();
        Assert.True(count > 0, "the real data classifies clusters");

        var (_, search, _) = await _client.GetPageAsync($"/search?industry={code}");
        var (_, industryPage, _) = await _client.GetPageAsync($"/industries/{code}");

        Assert.Contains($"<h2 id=\"results-title\" class=\"results-count\">{count} 个集群</h2>", search);
        Assert.Equal(Math.Min(20, count), SitePages.ClusterLinks(search).Count);
        Assert.Equal(Math.Min(20, count), SitePages.ClusterLinks(industryPage).Count);
    }

    [Theory]
    [InlineData("/about")]
    [InlineData("/en/about")]
    public async Task The_about_page_links_every_download_and_each_link_answers(string path)
    {
        var (_, html, _) = await _client.GetPageAsync(path);

        var links = Regex.Matches(html, "href=\"(/data/[^\"]+)\"").Select(match => WebUtility.HtmlDecode(match.Groups[1].Value)).Distinct().ToList();
        foreach (var table in new[] { "clusters", "designations", "batches" })
            foreach (var extension in new[] { "csv", "xlsx", "json" })
                Assert.Contains($"/data/{table}.{extension}", links);
        Assert.Contains("/data/datapackage.json", links);
        Assert.Contains(links, link => link.Contains("?on="));
        foreach (var link in links)
        {
            using var response = await _client.GetAsync(link, HttpCompletionOption.ResponseHeadersRead);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link}: {(int)response.StatusCode}");
        }
        Assert.Contains("registryChanges(after: $after, first: 50)", html);
        Assert.Contains("Registry-Changes-Cursor", html);
        Assert.Contains("industry_classification_source", html);
    }

    [Fact]
    public async Task The_footer_links_to_the_downloads()
    {
        var (_, home, _) = await _client.GetPageAsync("/en");

        var target = Regex.Match(home, "<a href=\"(/en/about)#([^\"]+)\">CSV · Excel · JSON</a>");
        Assert.True(target.Success);
        var (_, about, _) = await _client.GetPageAsync(target.Groups[1].Value);
        Assert.Contains($"id=\"{target.Groups[2].Value}\"", about);
    }

    private async Task<JsonNode> FirstDerivedClusterAsync()
    {
        var api = await _client.QueryAsync("{ clusters(first: 50) { nodes { id industryClassification { division { code } source confidence } } } }");
        return api["clusters"]!["nodes"]!.AsArray()
            .First(node => node!["industryClassification"]?["source"]?.GetValue<string>() == "DERIVED")!;
    }

    private static string Key(JsonNode cluster)
    {
        Assert.True(GlobalId.TryDecode(cluster["id"]!.GetValue<string>(), out _, out var key));
        return key;
    }
}
