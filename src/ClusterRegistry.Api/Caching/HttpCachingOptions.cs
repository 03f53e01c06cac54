namespace ClusterRegistry.Api.Caching;

/// <summary>HTTP caching of anonymous GET responses, bound from the <c>HttpCaching</c> configuration section.</summary>
public sealed class HttpCachingOptions
{
    public const string SectionName = "HttpCaching";

    /// <summary>When false every GraphQL response is <c>Cache-Control: no-store</c> and has no ETag.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The <c>max-age</c> of an anonymous GET response, in seconds; 0 makes clients revalidate every time.</summary>
    public int MaxAgeSeconds { get; set; } = 60;
}
