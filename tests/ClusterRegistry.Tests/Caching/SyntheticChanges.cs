using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Tests.Auth;

namespace ClusterRegistry.Tests.Caching;

/// <summary>Changes the registry the way an official would, with data marked as synthetic.</summary>
public static class SyntheticChanges
{
    public const string BatchesOf2030 = "{ batches(year: 2030) { year level source { note } } }";

    /// <summary>Records a national batch of 2030 (which does not exist) through <paramref name="client"/> as a ministry official.</summary>
    public static async Task CreateBatchOf2030Async(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation Create($input: CreateIdentificationBatchInput!) { createIdentificationBatch(input: $input) { batch { year } errors { ... on Error { code message } } } }",
                variables = new
                {
                    input = new
                    {
                        level = "NATIONAL",
                        year = 2030,
                        issuingAuthority = "工业和信息化部",
                        validFrom = "2030-06-01",
                        validUntil = "2033-05-31",
                        sourceNote = "Synthetic test data: no such batch exists.",
                    },
                },
            }),
        };
        request.Headers.Authorization = new("Bearer", TestTokens.For(RegistryRoles.Ministry));
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (!response.IsSuccessStatusCode || body["errors"] is not null || body["data"]?["createIdentificationBatch"]?["errors"] is not null)
            throw new InvalidOperationException($"The synthetic batch was not created: {body.ToJsonString()}");
    }
}
