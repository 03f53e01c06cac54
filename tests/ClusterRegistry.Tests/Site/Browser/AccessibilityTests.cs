using ClusterRegistry.Tests.Ide;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ClusterRegistry.Tests.Site.Browser;

/// <summary>axe-core on every page type in both languages, with a screenshot of each at desktop and phone size.</summary>
[Collection(SiteBrowserCollection.Name)]
public sealed class AccessibilityTests(SiteBrowserFixture site)
{
    public static TheoryData<string, string> PageTypes => new()
    {
        { "home", "/" },
        { "search", "/search?q=%E7%94%B5%E5%AD%90&province=32" },
        { "search-all", "/search" },
        { "search-industry", "/search?industry=C" },
        { "cluster", "/clusters/1" },
        { "regions", "/regions" },
        { "province", "/regions/44" },
        { "county", "/regions/320581" },
        { "industries", "/industries" },
        { "industry", "/industries/C" },
        { "batches", "/batches" },
        { "batch", "/batches/1" },
        { "about", "/about" },
        { "not-found", "/clusters/999999" },
        { "bad-request", "/search?on=2025-13-01" },
        { "en-home", "/en" },
        { "en-search", "/en/search?province=44" },
        { "en-cluster", "/en/clusters/1" },
        { "en-about", "/en/about" },
    };

    [ChromiumTheory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_type_has_no_axe_violations_at_desktop_or_phone_size(string name, string path)
    {
        foreach (var (size, viewport) in new[] { ("desktop", SiteBrowserFixture.Desktop), ("phone", SiteBrowserFixture.Phone) })
        {
            var page = await site.OpenAsync(viewport);
            await page.GotoAsync(path);
            await site.ScreenshotAsync(page, $"{name}-{size}");

            var result = await page.RunAxe();

            Assert.True(result.Violations.Length == 0, $"{path} at {size} size: " + string.Join("; ", result.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
            await page.Context.CloseAsync();
        }
    }
}
