namespace ClusterRegistry.Api.Http;

/// <summary>Settings of the GraphQL-over-HTTP endpoint, bound from the <c>GraphQLHttp</c> configuration section.</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQLHttp";

    /// <summary>Largest POST body accepted, in bytes; a larger one is answered with 413.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Total length, in characters, of the query texts whose parsed documents the <see cref="DocumentCache"/> keeps.</summary>
    public long DocumentCacheSizeLimit { get; set; } = 1_000_000;
}
