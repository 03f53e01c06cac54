using System.Net;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.Auth;

public sealed class BearerTokenTests(AuthApiFactory factory) : IClassFixture<AuthApiFactory>
{
    private const string Typename = "{ __typename }";

    public static TheoryData<string> AcceptedTokens => new()
    {
        TestTokens.For(RegistryRoles.Ministry),
        TestTokens.For(RegistryRoles.Province, "44"),
        TestTokens.SignedInWithoutRole(),
    };

    [Fact]
    public async Task Anonymous_callers_still_read_the_public_registry()
    {
        var (response, body) = await factory.CreateClient().PostGraphQLAsync(Typename);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", body["data"]?["__typename"]?.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(AcceptedTokens))]
    public async Task A_valid_token_is_accepted(string token)
    {
        var (response, body) = await factory.CreateClient().WithBearer(token).PostGraphQLAsync(Typename);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", body["data"]?["__typename"]?.GetValue<string>());
    }

    [Fact]
    public async Task An_expired_token_gets_401()
    {
        var response = await PostTypenameAsync(TestTokens.Expired(RegistryRoles.Ministry));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("invalid_token", challenge.Parameter);
        Assert.Contains("expired", challenge.Parameter);
    }

    [Fact]
    public async Task A_token_signed_with_a_foreign_key_gets_401()
    {
        var response = await PostTypenameAsync(TestTokens.SignedWithForeignKey(RegistryRoles.Ministry));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", Assert.Single(response.Headers.WwwAuthenticate).Parameter);
    }

    [Fact]
    public async Task A_malformed_token_gets_401()
    {
        var response = await PostTypenameAsync("not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostTypenameAsync(string token) =>
        factory.CreateClient().WithBearer(token).PostAsync("/graphql",
            new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"));
}
