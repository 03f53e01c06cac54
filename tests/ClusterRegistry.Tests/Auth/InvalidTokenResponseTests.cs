using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Tests.Infrastructure;
using ClusterRegistry.Tests.Operations;
using Microsoft.Extensions.Logging;

namespace ClusterRegistry.Tests.Auth;

/// <summary>An invalid token, even on a public query, gets a GraphQL-shaped 401 and no error-level log line.</summary>
public sealed class InvalidTokenResponseTests(LoggingApiFactory factory) : IClassFixture<LoggingApiFactory>
{
    public static TheoryData<string, string> Tokens() => new()
    {
        { "expired", TestTokens.Expired(RegistryRoles.Ministry) },
        { "foreign key", TestTokens.SignedWithForeignKey(RegistryRoles.Ministry) },
        { "malformed", "not-a-token" },
    };

    [Theory]
    [MemberData(nameof(Tokens))]
    public async Task A_public_query_with_an_invalid_token_gets_a_json_401_without_an_error_log(string what, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", null, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("invalid_token", challenge.Parameter);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("AUTH_INVALID_TOKEN", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain(factory.Logs.Entries, entry => entry.Level >= LogLevel.Error);
        _ = what;
    }
}
