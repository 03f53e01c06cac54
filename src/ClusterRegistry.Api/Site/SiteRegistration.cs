using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Limits;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace ClusterRegistry.Api.Site;

/// <summary>The public website: Razor Pages under Site/Pages, served beside the API by the same host.</summary>
public static class SiteRegistration
{
    private const string FallbackPage = "/NotFound";

    public static IServiceCollection AddRegistrySite(this IServiceCollection services)
    {
        services.AddLocalization();
        // Chinese text is written as it is rather than as character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<SiteGraphQL>();
        services.AddSingleton<SiteCaching>();
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Site/Pages";
                options.Conventions.Add(new SiteCulture.EnglishRoutes(FallbackPage));
            })
            .AddMvcOptions(options => options.Filters.AddService<SiteCaching>())
            .AddViewLocalization()
            // The pages are compiled into this assembly, which a host other than this API's (the benchmark) does not scan.
            .ConfigureApplicationPartManager(parts =>
            {
                var assembly = typeof(SiteRegistration).Assembly;
                if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(part => part.Assembly == assembly))
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                        parts.ApplicationParts.Add(part);
            });
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<IOptions<RegistryOutputCacheOptions>>((output, registry) =>
                output.AddPolicy(SiteCaching.OutputPolicy.Name, new SiteCaching.OutputPolicy(registry.Value)));
        return services;
    }

    /// <summary>Maps the pages, sitemap.xml and robots.txt, with a friendly 404 for any other path. Call after the API's endpoints.</summary>
    public static WebApplication MapRegistrySite(this WebApplication app)
    {
        app.UseRequestLocalization(SiteCulture.Options());
        // The pages only read: other methods get 405 from routing rather than reaching a page.
        var readOnly = new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]);
        app.MapRazorPages()
            .WithMetadata(readOnly)
            .RequireRateLimiting(RateLimitingRegistration.PolicyName)
            .CacheOutput(SiteCaching.OutputPolicy.Name);
        SiteSitemap.Map(app);
        // No method metadata here: on a catch-all route it turned every static file into a 405.
        app.MapFallbackToPage(FallbackPage)
            .RequireRateLimiting(RateLimitingRegistration.PolicyName);
        return app;
    }
}
