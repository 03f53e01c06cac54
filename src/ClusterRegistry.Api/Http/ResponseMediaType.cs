using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ClusterRegistry.Api.Http;

/// <summary>The two media types a GraphQL response can be served as.</summary>
internal enum ResponseMediaType
{
    /// <summary><c>application/graphql-response+json</c>: status codes follow the request's outcome.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>, for legacy clients: request errors still get 200.</summary>
    Json,

    /// <summary>
    /// <c>application/json</c> for a client that named neither type (no Accept header, <c>*/*</c>, <c>application/*</c>),
    /// as HotChocolate and the GraphQL-over-HTTP audits expect; refusals keep their 4xx status.
    /// </summary>
    JsonByDefault,
}

internal static class ResponseMediaTypes
{
    public static string ContentType(this ResponseMediaType mediaType) => mediaType switch
    {
        ResponseMediaType.Json or ResponseMediaType.JsonByDefault => "application/json; charset=utf-8",
        _ => "application/graphql-response+json; charset=utf-8",
    };

    /// <summary>
    /// Chooses the response media type the Accept header prefers (higher quality, then the more specifically named),
    /// graphql-response+json on a full tie; application/json when the header names neither (absent, or only wildcards); null when it accepts neither.
    /// </summary>
    public static ResponseMediaType? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
            return ResponseMediaType.JsonByDefault;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
            return null;

        var (graphQLResponseSpecificity, graphQLResponse) = Quality(ranges, "graphql-response+json");
        var (jsonSpecificity, json) = Quality(ranges, "json");
        if (graphQLResponse <= 0 && json <= 0)
            return null;
        if (graphQLResponseSpecificity < 3 && jsonSpecificity < 3)
            return ResponseMediaType.JsonByDefault;
        // On equal quality the type the header names more specifically wins (axios: "application/json, text/plain, */*").
        return (graphQLResponse, graphQLResponseSpecificity).CompareTo((json, jsonSpecificity)) >= 0
            ? ResponseMediaType.GraphQLResponseJson
            : ResponseMediaType.Json;
    }

    // RFC 9110 §12.5.1: the most specific range that matches decides the quality.
    private static (int Specificity, double Quality) Quality(IList<MediaTypeHeaderValue> ranges, string applicationSubType)
    {
        var (specificity, quality) = (0, 0.0);
        foreach (var range in ranges)
        {
            var rangeSpecificity = Specificity(range, applicationSubType);
            if (rangeSpecificity == 0 || !IsUtf8(range.Charset))
                continue;
            var rangeQuality = range.Quality ?? 1.0;
            if (rangeSpecificity > specificity || (rangeSpecificity == specificity && rangeQuality > quality))
                (specificity, quality) = (rangeSpecificity, rangeQuality);
        }
        return (specificity, quality);
    }

    private static int Specificity(MediaTypeHeaderValue range, string applicationSubType)
    {
        if (range.MatchesAllTypes)
            return 1;
        if (!range.Type.Equals("application", StringComparison.OrdinalIgnoreCase))
            return 0;
        if (range.MatchesAllSubTypes)
            return 2;
        return range.SubType.Equals(applicationSubType, StringComparison.OrdinalIgnoreCase) ? 3 : 0;
    }

    public static bool IsUtf8(StringSegment charset) =>
        !charset.HasValue
        || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
