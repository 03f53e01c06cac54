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
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.ExpirationSeconds);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = HeaderNames.Accept;
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        // Errors may be passing (a timeout, a busy database) and 200 also carries errors for application/json.
        var madePublic = response.Headers.CacheControl.ToString().StartsWith("public", StringComparison.Ordinal);
        if (response.StatusCode != StatusCodes.Status200OK || !madePublic || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
