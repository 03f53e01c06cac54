using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ClusterRegistry.Api.Caching;

/// <summary>
/// Keeps the GraphQL responses the transport made public (anonymous GETs answered without errors), keyed by the
/// query string and the Accept header, and tagged so that a mutation evicts them all.
/// </summary>
internal sealed class GraphQLOutputCachePolicy(RegistryOutputCacheOptions options) : IOutputCachePolicy
{
    public const string Name = "graphql";
    public const string Tag = "registry-data";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        var attempt = options.Enabled
            && HttpMethods.IsGet(request.Method)
            && StringValues.IsNullOrEmpty(request.Headers.Authorization)
            && context.HttpContext.User.Identity?.IsAuthenticated != true;
        Cache(context, options, attempt);
        context.CacheVaryByRules.HeaderNames = HeaderNames.Accept;
        return ValueTask.CompletedTask;
    }

    /// <summary>Caching by query string, evicted with every registry response by a mutation (the site's pages too).</summary>
    internal static void Cache(OutputCacheContext context, RegistryOutputCacheOptions options, bool attempt)
    {
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.ExpirationSeconds);
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(Tag);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        KeepOnlyPublicSuccess(context);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Stores only a 200 that the endpoint made public and that sets no cookie: errors may be passing (a timeout, a
    /// busy database), and 200 also carries errors for application/json.
    /// </summary>
    internal static void KeepOnlyPublicSuccess(OutputCacheContext context)
    {
        var response = context.HttpContext.Response;
        var madePublic = response.Headers.CacheControl.ToString().StartsWith("public", StringComparison.Ordinal);
        if (response.StatusCode != StatusCodes.Status200OK || !madePublic || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            context.AllowCacheStorage = false;
    }
}
