using ClusterRegistry.Api.Http;
using GraphQL;
using Microsoft.AspNetCore.RateLimiting;

namespace ClusterRegistry.Api.Limits;

/// <summary>Answers a refused request with 429, a <c>Retry-After</c> header and a GraphQL-shaped error.</summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext context, RateLimitingOptions options, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = Math.Max(1, (int)Math.Ceiling(RateLimitPartitions.RetryAfter(context.Lease, options).TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        var error = new ExecutionError($"Too many requests; retry after {seconds} s.") { Code = QueryLimitErrorCodes.RateLimited };
        await GraphQLHttpResponses.WriteAsync(http, ResponseMediaTypes.Negotiate(http.Request.Headers.Accept), new ExecutionResult(error), cancellationToken);
    }
}
