using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ClusterRegistry.Tests.Infrastructure;

/// <summary>Posts GraphQL requests the way a partner portal would, and reads the JSON answer.</summary>
public static class GraphQLClient
{
    public static async Task<(HttpResponseMessage Response, JsonNode Body)> PostGraphQLAsync(
        this HttpClient client, string query, object? variables = null, string? operationName = null)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables, operationName });
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty response body."));
    }

    public static async Task<JsonNode> QueryDataAsync(this HttpClient client, string query, object? variables = null)
    {
        var (response, body) = await client.PostGraphQLAsync(query, variables);
        if (!response.IsSuccessStatusCode || body["errors"] is not null)
            throw new InvalidOperationException($"Query failed with {(int)response.StatusCode}: {body.ToJsonString()}");
        return body["data"]!;
    }
}
