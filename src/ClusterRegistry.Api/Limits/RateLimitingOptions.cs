namespace ClusterRegistry.Api.Limits;

/// <summary>Request rate limits of the GraphQL endpoint, bound from the <c>RateLimiting</c> configuration section.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    public RateLimitWindow Algorithm { get; set; } = RateLimitWindow.SlidingWindow;

    /// <summary>The window the permit limits count over.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>For <see cref="RateLimitWindow.SlidingWindow"/>: into how many segments the window slides.</summary>
    public int SegmentsPerWindow { get; set; } = 6;

    /// <summary>Requests per window from one client IP address without a registry official's token.</summary>
    public int AnonymousPermitLimit { get; set; } = 600;

    /// <summary>Requests per window from one signed-in registry official (token subject), wherever they come from.</summary>
    public int OfficialPermitLimit { get; set; } = 3000;

    /// <summary>
    /// A Redis connection string (StackExchange.Redis format). When set, every API node counts against the same
    /// limits, kept in Redis; when empty, each node counts on its own.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Prefixes the limiters' Redis keys, so that several deployments can share one Redis.</summary>
    public string RedisKeyPrefix { get; set; } = "cluster-registry:rate-limit:";
}

public enum RateLimitWindow
{
    FixedWindow,
    SlidingWindow,
}
