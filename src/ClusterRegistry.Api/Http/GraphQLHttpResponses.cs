using GraphQL;

namespace ClusterRegistry.Api.Http;

internal static class GraphQLHttpResponses
{
    /// <summary>
    /// Writes <paramref name="result"/> as the body in <paramref name="mediaType"/>, or in graphql-response+json (the
    /// spec's default) when the Accept header allowed neither. The status is the caller's to set.
    /// </summary>
    public static Task WriteAsync(HttpContext http, ResponseMediaType? mediaType, ExecutionResult result, CancellationToken cancellationToken)
    {
        http.Response.ContentType = (mediaType ?? ResponseMediaType.GraphQLResponseJson).ContentType();
        return http.RequestServices.GetRequiredService<IGraphQLSerializer>().WriteAsync(http.Response.Body, result, cancellationToken);
    }

    /// <summary>The body <see cref="WriteAsync"/> would write, as bytes.</summary>
    public static async Task<byte[]> SerializeAsync(HttpContext http, ExecutionResult result)
    {
        using var body = new MemoryStream();
        await http.RequestServices.GetRequiredService<IGraphQLSerializer>().WriteAsync(body, result, CancellationToken.None);
        return body.ToArray();
    }
}
