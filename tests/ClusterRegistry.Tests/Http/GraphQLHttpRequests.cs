using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ClusterRegistry.Tests.Http;

/// <summary>Builds raw GraphQL-over-HTTP requests, so tests control every header and byte.</summary>
internal static class GraphQLHttpRequests
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static HttpRequestMessage Post(string body, string? contentType = "application/json", string? accept = null)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return WithAccept(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content }, accept);
    }

    public static HttpRequestMessage PostQuery(string query, object? variables = null, string? operationName = null, string? accept = null) =>
        Post(Json(new { query, variables, operationName }), accept: accept);

    public static HttpRequestMessage Get(
        string? query, string? variables = null, string? operationName = null, string? extensions = null, string? accept = null)
    {
        var parameters = new[] { ("query", query), ("variables", variables), ("operationName", operationName), ("extensions", extensions) }
            .Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}");
        return WithAccept(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + string.Join('&', parameters)), accept);
    }

    public static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value);

    public static async Task<GraphQLHttpResponse> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLHttpResponse(
            response.StatusCode,
            response.Content.Headers.ContentType,
            response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null,
            text);
    }

    private static HttpRequestMessage WithAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }
}

internal sealed record GraphQLHttpResponse(HttpStatusCode Status, MediaTypeHeaderValue? ContentType, string? Allow, string Text)
{
    public JsonNode Body => JsonNode.Parse(Text) ?? throw new InvalidOperationException("Empty response body.");

    public string? MediaType => ContentType?.MediaType;

    public JsonArray Errors => Body["errors"]?.AsArray() ?? throw new InvalidOperationException($"No errors in: {Text}");

    public string? FirstErrorCode => Errors[0]?["extensions"]?["code"]?.GetValue<string>();
}
