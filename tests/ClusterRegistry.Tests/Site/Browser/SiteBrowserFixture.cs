using ClusterRegistry.Tests.Ide;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClusterRegistry.Tests.Site.Browser;

/// <summary>
/// The site on a real Kestrel port and Debian's Chromium driven by Playwright (its own driver, no downloaded browser),
/// shared by the browser tests of <see cref="SiteBrowserCollection"/>.
/// </summary>
public sealed class SiteBrowserFixture : IAsyncLifetime
{
    // Without the networking switches Chromium tries to reach Google's hosts, which this network refuses.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
    ];

    public static readonly string ScreenshotFolder = Path.Combine(RepositoryRoot.Path, "TestResults", "site");

    private readonly TracingSite _site = new();

    /// <summary>The requests the site has started and not yet finished (start time and URL), for failure messages.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> UnfinishedRequests = new();

    private sealed class TracingSite : KestrelApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, Trace>());
        }
    }

    private sealed class Trace : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            Microsoft.AspNetCore.Builder.UseExtensions.Use(app, async (Microsoft.AspNetCore.Http.HttpContext http, Func<Task> nxt) =>
            {
                var key = http.TraceIdentifier;
                UnfinishedRequests[key] = DateTime.UtcNow.ToString("HH:mm:ss.fff") + " " + http.Request.Path + http.Request.QueryString;
                try { await nxt(); } finally { UnfinishedRequests.TryRemove(key, out _); }
            });
            next(app);
        };
    }
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Origin => _site.Address.GetLeftPart(UriPartial.Authority);

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public async Task InitializeAsync()
    {
        if (Chromium.ExecutablePath is null) return;
        // The first request compiles the pages' code paths; warm them before any test measures its steps.
        using (var client = new HttpClient { BaseAddress = _site.Address })
            foreach (var path in new[] { "/", "/search?q=%E7%94%B5%E5%AD%90", "/clusters/1" })
                await client.GetAsync(path);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser context (no cookies, no history) at a size, optionally with JavaScript switched off.</summary>
    public async Task<IPage> OpenAsync(ViewportSize? viewport = null, bool javaScript = true)
    {
        var phone = viewport == Phone;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Origin,
            ViewportSize = viewport ?? Desktop,
            JavaScriptEnabled = javaScript,
            IsMobile = phone,
            HasTouch = phone,
            Locale = "zh-CN",
        });
        // Generous: the suite runs test classes side by side on two cores.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
        await _site.DisposeAsync();
    }
}

// Runs after the parallel tests: a browser on two busy cores waits on page loads for reasons that are not the site's.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SiteBrowserCollection : ICollectionFixture<SiteBrowserFixture>
{
    public const string Name = "site in a browser";
}
