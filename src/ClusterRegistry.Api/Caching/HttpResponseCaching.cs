using System.Security.Cryptography;
using System.Text;
using ClusterRegistry.Api.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClusterRegistry.Api.Caching;

/// <summary>
/// Caching headers of GraphQL responses. An anonymous GET answered without errors is <c>public</c> for
/// <see cref="HttpCachingOptions.MaxAgeSeconds"/> and has an ETag of the data version, the build, today's date in
/// China (statuses change with it) and the request; everything else is <c>no-store</c>.
/// </summary>
public sealed class HttpResponseCaching(RegistryDataVersion dataVersion, IOptions<HttpCachingOptions> options)
{
    private static readonly string Build = typeof(HttpResponseCaching).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The ETag a successful response to this request gets, or null when the response must not be cached.</summary>
    public async Task<string?> ETagAsync(HttpContext http, string contentType)
    {
        if (!options.Value.Enabled || !HttpMethods.IsGet(http.Request.Method) || !IsAnonymous(http))
            return null;
        // Read before execution: a write landing meanwhile gives fresh data an old ETag, never stale data a new one.
        var version = await dataVersion.CurrentAsync(http.RequestAborted);
        var key = string.Join('\n', Build, version, RegistryClock.Today.ToString("O"), contentType, http.Request.QueryString.Value);
        return $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 16)}\"";
    }

    public static bool IsNotModified(HttpRequest request, string etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));

    public void MakePublic(HttpResponse response, string etag)
    {
        response.Headers.CacheControl = $"public, max-age={options.Value.MaxAgeSeconds}";
        response.Headers.ETag = etag;
        response.Headers.Vary = "Accept, Authorization";
    }

    public static void MakePrivate(HttpResponse response) => response.Headers.CacheControl = "no-store";

    private static bool IsAnonymous(HttpContext http) =>
        http.User.Identity?.IsAuthenticated != true && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
}
