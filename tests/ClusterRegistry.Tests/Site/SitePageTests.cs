using System.Net;
using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.Site;

/// <summary>The website over real HTTP against the real data: every page type, its language, its SEO tags and its problem pages.</summary>
public sealed class SitePageTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> PageTypes => new()
    {
        "/", "/search", "/search?q=%E7%94%B5%E5%AD%90&province=32", "/clusters/1", "/regions", "/regions/44", "/regions/4401",
        "/regions/440106", "/industries", "/industries/C", "/industries/39", "/batches", "/batches/1", "/about",
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_type_answers_in_chinese_with_a_title_description_canonical_url_and_open_graph_tags(string path)
    {
        var (status, html, response) = await _client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("zh-CN", SitePages.Lang(html));
        Assert.EndsWith("中小企业特色产业集群名录", SitePages.Title(html));
        Assert.False(string.IsNullOrWhiteSpace(SitePages.Meta(html, "name", "description")));
        Assert.StartsWith("http://localhost/", SitePages.Canonical(html));
        Assert.NotNull(SitePages.Meta(html, "property", "og:title"));
        Assert.Equal(SitePages.Canonical(html), SitePages.Meta(html, "property", "og:url"));
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_type_answers_in_english_under_en(string path)
    {
        var (status, html, _) = await _client.GetPageAsync("/en" + (path == "/" ? "" : path));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("en", SitePages.Lang(html));
        Assert.EndsWith("SME Industrial Clusters Registry", SitePages.Title(html));
        Assert.Contains("href=\"/en/search\"", html);
    }

    [Fact]
    public async Task Dates_and_numbers_follow_the_language()
    {
        var (_, chinese, _) = await _client.GetPageAsync("/batches");
        var (_, english, _) = await _client.GetPageAsync("/en/batches");

        Assert.Contains("2023年1月1日", chinese);
        Assert.Contains("1 Jan 2023", english);
    }

    [Theory]
    [InlineData("/clusters/999999")]
    [InlineData("/clusters/0")]
    [InlineData("/clusters/not-a-number")]
    [InlineData("/regions/99")]
    [InlineData("/regions/449999")]
    [InlineData("/regions/abc")]
    [InlineData("/industries/ZZ")]
    [InlineData("/batches/999")]
    [InlineData("/no/such/page")]
    public async Task An_unknown_record_or_path_gets_a_friendly_404(string path)
    {
        var (status, html, response) = await _client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("找不到这个页面", html);
        Assert.Contains("action=\"/search\"", html);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_english_404_is_in_english()
    {
        var (status, html, _) = await _client.GetPageAsync("/en/clusters/999999");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("en", SitePages.Lang(html));
        Assert.Contains("Page not found", html);
    }

    [Theory]
    [InlineData("/search?year=abc")]
    [InlineData("/search?year=99999999999")]
    [InlineData("/search?on=2025-13-01")]
    [InlineData("/search?on=yesterday")]
    [InlineData("/search?status=sleeping")]
    [InlineData("/search?level=municipal")]
    [InlineData("/search?after=not-a-cursor")]
    [InlineData("/search?before=%00%01")]
    [InlineData("/search?sort=random")]
    [InlineData("/search?province=4&prefecture=xx")]
    [InlineData("/regions/44?after=garbage")]
    [InlineData("/batches/1?before=garbage")]
    public async Task A_malformed_parameter_gets_a_friendly_400(string path)
    {
        var (status, html, response) = await _client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("无法理解这个请求", html);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("POST", "/search")]
    [InlineData("PUT", "/clusters/1")]
    [InlineData("DELETE", "/")]
    public async Task Pages_only_read_so_other_methods_get_405(string method, string path)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Search_shows_what_the_api_finds_for_the_same_text()
    {
        var api = await _client.QueryAsync("{ clusters(search: \"电子\", first: 50) { totalCount nodes { id } } }");

        var (_, html, _) = await _client.GetPageAsync("/search?q=%E7%94%B5%E5%AD%90");

        var total = api["clusters"]!["totalCount"]!.GetValue<int>();
        Assert.True(total > 0);
        Assert.Contains($"<h2 id=\"results-title\" class=\"results-count\">{total} 个集群</h2>", html);
        Assert.Equal(total, SitePages.ClusterLinks(html).Count);
    }

    [Fact]
    public async Task Search_by_province_offers_its_prefectures_and_counts_the_province_facet()
    {
        var api = await _client.QueryAsync("{ clusterFacets(where: { province: { code: { eq: \"44\" } } }) { totalCount } regions(parentCode: \"44\") { code name clusterCount } }");

        var (_, html, _) = await _client.GetPageAsync("/search?province=44");

        var total = api["clusterFacets"]!["totalCount"]!.GetValue<int>();
        Assert.Contains($"<option value=\"44\" selected=\"selected\">广东省 ({total})</option>", html);
        Assert.Contains("<select id=\"prefecture\" name=\"prefecture\"", html);
        var withClusters = api["regions"]!.AsArray().First(region => region!["clusterCount"]!.GetValue<int>() > 0)!;
        Assert.Contains($"<option value=\"{withClusters["code"]}\">{withClusters["name"]} ({withClusters["clusterCount"]})</option>", html);
        Assert.DoesNotContain("<select id=\"county\"", html);
    }

    [Fact]
    public async Task Search_pages_through_results_by_cursor_links()
    {
        var (_, first, _) = await _client.GetPageAsync("/search");
        var next = System.Text.RegularExpressions.Regex.Match(first, "<a rel=\"next\" href=\"([^\"]+)\"").Groups[1].Value;

        var (status, second, _) = await _client.GetPageAsync(System.Net.WebUtility.HtmlDecode(next));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("rel=\"prev\"", second);
        Assert.Empty(SitePages.ClusterLinks(first).Intersect(SitePages.ClusterLinks(second)));
        Assert.Equal(20, SitePages.ClusterLinks(second).Count);
    }

    [Fact]
    public async Task A_region_page_lists_its_clusters_and_children_with_counts()
    {
        var api = await _client.QueryAsync("{ region(code: \"44\") { clusterCount children { code clusterCount } } }");

        var (_, html, _) = await _client.GetPageAsync("/regions/44");

        var region = api["region"]!;
        Assert.Contains($"本地区共有 {region["clusterCount"]} 个集群。", html);
        foreach (var child in region["children"]!.AsArray())
            Assert.Contains($"href=\"/regions/{child!["code"]}\"", html);
        Assert.Equal(Math.Min(20, region["clusterCount"]!.GetValue<int>()), SitePages.ClusterLinks(html).Count);
    }

    [Fact]
    public async Task The_cluster_page_shows_its_record_and_the_query_that_returns_it()
    {
        var api = await _client.QueryAsync("{ cluster(id: \"Q2x1c3Rlcjox\") { name county { code } designations { batch { id } } source { url } } }");

        var (_, html, _) = await _client.GetPageAsync("/clusters/1");

        var cluster = api["cluster"]!;
        Assert.Contains($"<h1 id=\"cluster-title\">{cluster["name"]}</h1>", html);
        Assert.Contains($"href=\"/regions/{cluster["county"]!["code"]}\"", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(cluster["source"]!["url"]!.GetValue<string>()), html);
        Assert.Contains("query SiteCluster($id: ID!)", html);
        Assert.Contains("http://localhost/clusters/1", html);
    }

    [Fact]
    public async Task The_sitemap_lists_every_cluster_every_region_with_clusters_and_every_batch()
    {
        var api = await _client.QueryAsync("{ clusters { totalCount } batches { id } regions { code clusterCount children { code clusterCount children { code clusterCount } } } }");

        var (status, xml, response) = await _client.GetPageAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var locations = System.Xml.Linq.XDocument.Parse(xml).Descendants(System.Xml.Linq.XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
            .Select(loc => new Uri(loc.Value).AbsolutePath).ToList();
        Assert.Equal(api["clusters"]!["totalCount"]!.GetValue<int>(), locations.Count(path => path.StartsWith("/clusters/")));
        Assert.Equal(api["batches"]!.AsArray().Count, locations.Count(path => path.StartsWith("/batches/")));
        var regionsWithClusters = api["regions"]!.AsArray()
            .SelectMany(p => p!["children"]!.AsArray().SelectMany(c => c!["children"]!.AsArray().Prepend(c)).Prepend(p))
            .Where(region => region!["clusterCount"]!.GetValue<int>() > 0)
            .Select(region => $"/regions/{region!["code"]}")
            .Order();
        Assert.Equal(regionsWithClusters, locations.Where(path => path.StartsWith("/regions/")).Order());
        Assert.Equal(locations.Count, locations.Distinct().Count());
    }

    [Fact]
    public async Task The_site_serves_its_assets_itself()
    {
        var (_, html, _) = await _client.GetPageAsync("/");

        Assert.DoesNotContain("//cdn", html);
        Assert.DoesNotMatch("(src|href)=\"https?://", html.Replace("http://localhost/", ""));
        foreach (var asset in new[] { "/site/site.css", "/site/site.js", "/site/icon.svg", "/ide/page.css" })
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(asset)).StatusCode);
    }
}
