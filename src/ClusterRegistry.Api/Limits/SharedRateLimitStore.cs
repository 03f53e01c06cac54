using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using StackExchange.Redis;

namespace ClusterRegistry.Api.Limits;

/// <summary>
/// Limiters kept in Redis (RedisRateLimiting), so that all API nodes count one caller's requests together, with the
/// same windows as the in-memory limiters. One connection per node, opened on first use.
/// </summary>
internal sealed class SharedRateLimitStore(IOptions<RateLimitingOptions> options) : IDisposable
{
    private readonly Lazy<IConnectionMultiplexer> _redis = new(() => ConnectionMultiplexer.Connect(options.Value.Redis!));

    public static SharedRateLimitStore? IfConfigured(IServiceProvider services) =>
        string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Redis)
            ? null
            : services.GetRequiredService<SharedRateLimitStore>();

    public RateLimitPartition<string> Partition(string key, int permitLimit, RateLimitingOptions limits) =>
        limits.Algorithm == RateLimitWindow.FixedWindow
            ? RedisRateLimitPartition.GetFixedWindowRateLimiter(key, _ => new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => _redis.Value,
                PermitLimit = permitLimit,
                Window = limits.Window,
            })
            : RedisRateLimitPartition.GetSlidingWindowRateLimiter(key, _ => new RedisSlidingWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => _redis.Value,
                PermitLimit = permitLimit,
                Window = limits.Window,
            });

    public void Dispose()
    {
        if (_redis.IsValueCreated) _redis.Value.Dispose();
    }
}
