using System.Xml.Linq;
using ClusterRegistry.Api.Limits;
using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site;

/// <summary>
/// sitemap.xml: the home, search and about pages, every cluster, every region with clusters and every batch, each with
/// its English alternate; and robots.txt pointing to it. Read through the site's persisted operations like the pages.
/// </summary>
public static class SiteSitemap
{
    // The sitemap protocol allows 50,000 URLs per file.
    private const int MaxUrls = 50_000;
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private sealed record Page(PageInfo PageInfo, List<IdOnly> Nodes);
    private sealed record IdOnly(string Id);
    private sealed record Data(Page Clusters, List<RegionRefWithChildren>? Regions, List<IdOnly>? Batches);
    private sealed record RegionRefWithChildren(string Code, int ClusterCount, List<RegionRefWithChildren>? Children);

    public static void Map(WebApplication app)
    {
        app.MapGet("/sitemap.xml", WriteSitemapAsync)
            .RequireRateLimiting(RateLimitingRegistration.PolicyName)
            .CacheOutput(SiteCaching.OutputPolicy.Name);
        app.MapGet("/robots.txt", (HttpContext http) =>
            Results.Text($"User-agent: *\nAllow: /\nSitemap: {Origin(http.Request)}/sitemap.xml\n", "text/plain; charset=utf-8"));
    }

    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static async Task WriteSitemapAsync(HttpContext http, SiteGraphQL graphQL, SiteCaching caching)
    {
        var paths = new List<string> { "/", "/search", "/regions", "/industries", "/batches", "/about" };
        string? after = null;
        var first = true;
        while (paths.Count < MaxUrls)
        {
            var data = await graphQL.RunAsync<Data>(http, "Sitemap", new { after, withReference = first });
            if (first)
            {
                paths.AddRange(Flatten(data.Regions ?? []).Where(region => region.ClusterCount > 0).Select(region => $"/regions/{region.Code}"));
                paths.AddRange((data.Batches ?? []).Select(batch => $"/batches/{SiteIds.KeyOf(batch.Id)}"));
                first = false;
            }
            paths.AddRange(data.Clusters.Nodes.Select(cluster => $"/clusters/{SiteIds.KeyOf(cluster.Id)}"));
            if (!data.Clusters.PageInfo.HasNextPage) break;
            after = data.Clusters.PageInfo.EndCursor;
        }

        var origin = Origin(http.Request);
        var document = new XDocument(new XElement(Sitemap + "urlset",
            new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml),
            paths.Take(MaxUrls).Select(path => new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", origin + path),
                Alternate("zh-CN", origin + path),
                Alternate("en", origin + SiteCulture.EnglishPrefix + (path == "/" ? "" : path))))));

        if (await caching.ETagAsync(http) is { } etag) caching.MakePublic(http.Response, etag);
        http.Response.ContentType = "application/xml; charset=utf-8";
        await http.Response.WriteAsync(document.Declaration + document.ToString(SaveOptions.DisableFormatting), http.RequestAborted);
    }

    private static XElement Alternate(string language, string href) =>
        new(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", language), new XAttribute("href", href));

    private static IEnumerable<RegionRefWithChildren> Flatten(IEnumerable<RegionRefWithChildren> regions) =>
        regions.SelectMany(region => Flatten(region.Children ?? []).Prepend(region));
}
