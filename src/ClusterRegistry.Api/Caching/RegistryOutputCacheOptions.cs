namespace ClusterRegistry.Api.Caching;

/// <summary>Server-side caching of anonymous GET responses, bound from the <c>OutputCache</c> configuration section.</summary>
public sealed class RegistryOutputCacheOptions
{
    public const string SectionName = "OutputCache";

    public bool Enabled { get; set; } = true;

    /// <summary>How long a response is kept at most; any mutation evicts every cached response at once.</summary>
    public int ExpirationSeconds { get; set; } = 60;

    /// <summary>
    /// A StackExchange.Redis configuration string (e.g. <c>redis.internal:6379</c>). When set, all API nodes share one
    /// cache and a mutation on any node evicts it; when empty, each node keeps its own cache in memory.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of the cache's Redis keys, so that several applications can share a Redis.</summary>
    public string RedisInstanceName { get; set; } = "cluster-registry:";
}
