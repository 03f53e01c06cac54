using System.Threading.RateLimiting;
using ClusterRegistry.Api.Auth;

namespace ClusterRegistry.Api.Limits;

/// <summary>
/// One limiter per registry official (by token subject) and one per client IP address for everyone else.
/// Authentication has run, and a request with an invalid token has been refused, before this is asked.
/// </summary>
internal static class RateLimitPartitions
{
    public static RateLimitPartition<string> For(HttpContext http, RateLimitingOptions options, SharedRateLimitStore? shared)
    {
        if (!options.Enabled)
            return RateLimitPartition.GetNoLimiter("disabled");
        // Behind a reverse proxy this is the proxy's address unless forwarded headers are processed first.
        // (See ForwardedHeadersRegistration: only configured proxies are believed.)
        var (key, permitLimit) = Official.From(http.User) is { } official
            ? ($"official:{official.Subject}", options.OfficialPermitLimit)
            : ($"ip:{http.Connection.RemoteIpAddress}", options.AnonymousPermitLimit);
        return shared is null ? Partition(key, permitLimit, options) : shared.Partition(options.RedisKeyPrefix + key, permitLimit, options);
    }

    private static RateLimitPartition<string> Partition(string key, int permitLimit, RateLimitingOptions options) =>
        options.Algorithm == RateLimitWindow.FixedWindow
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitLimit,
                Window = options.Window,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permitLimit,
                Window = options.Window,
                SegmentsPerWindow = options.SegmentsPerWindow,
                QueueLimit = 0,
            });

    /// <summary>How long a refused caller should wait: the limiter's own estimate, else the time a window (segment) takes.</summary>
    public static TimeSpan RetryAfter(RateLimitLease lease, RateLimitingOptions options) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter
        : options.Algorithm == RateLimitWindow.FixedWindow ? options.Window
        : options.Window / options.SegmentsPerWindow;
}
