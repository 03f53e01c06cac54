using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Schema;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace ClusterRegistry.Api.Site;

/// <summary>
/// Caching of the site's pages, which show the same to everyone: an ETag of the registry's data version, the build,
/// today's date in China (statuses change with it) and the URL; 304 when the browser holds it; problem pages are
/// never cached.
/// </summary>
public sealed class SiteCaching(RegistryDataVersion dataVersion, IOptions<HttpCachingOptions> options) : IAsyncPageFilter
{
    private static readonly string Build = typeof(SiteCaching).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var etag = await ETagAsync(http);
        if (etag is not null && HttpResponseCaching.IsNotModified(http.Request, etag))
        {
            MakePublic(http.Response, etag);
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
            return;
        }
        http.Response.Headers.CacheControl = "no-cache";
        var executed = await next();
        if (executed.Exception is SiteProblem problem && context.HandlerInstance is SitePage page)
        {
            executed.ExceptionHandled = true;
            executed.Result = page.Problem(problem);
            http.Response.Headers.CacheControl = "no-store";
        }
        else if (etag is not null && executed.Exception is null)
        {
            MakePublic(http.Response, etag);
        }
    }

    /// <summary>The page's ETag, or null when caching is switched off.</summary>
    public async Task<string?> ETagAsync(HttpContext http)
    {
        if (!options.Value.Enabled || !HttpMethods.IsGet(http.Request.Method)) return null;
        var version = await dataVersion.CurrentAsync(http.RequestAborted);
        var key = string.Join('\n', Build, version.ToString(CultureInfo.InvariantCulture), RegistryClock.Today.ToString("O"),
            http.Request.Path.Value, http.Request.QueryString.Value);
        return $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 16)}\"";
    }

    public void MakePublic(HttpResponse response, string etag)
    {
        response.Headers.CacheControl = $"public, max-age={options.Value.MaxAgeSeconds}";
        response.Headers.ETag = etag;
    }

    /// <summary>
    /// The output cache for pages: every anonymous GET whatever its headers (the site shows everyone the same), kept
    /// only when the page answered 200 and made itself public, and evicted with the API's responses by every mutation.
    /// </summary>
    public sealed class OutputPolicy(RegistryOutputCacheOptions options) : IOutputCachePolicy
    {
        public const string Name = "site";

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            GraphQLOutputCachePolicy.Cache(context, options, options.Enabled && HttpMethods.IsGet(context.HttpContext.Request.Method));
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            GraphQLOutputCachePolicy.KeepOnlyPublicSuccess(context);
            return ValueTask.CompletedTask;
        }
    }
}
