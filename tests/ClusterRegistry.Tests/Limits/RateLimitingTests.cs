using System.Net;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Api.Limits;
using ClusterRegistry.Tests.Auth;
using ClusterRegistry.Tests.Http;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Limits;

public sealed class RateLimitingTests(FixedWindowRateLimitApiFactory factory) : IClassFixture<FixedWindowRateLimitApiFactory>
{
    [Fact]
    public async Task An_anonymous_client_over_its_limit_gets_429_with_retry_after_and_a_graphql_error()
    {
        var client = Client("10.0.0.1");
        for (var i = 0; i < RateLimitApiFactory.AnonymousPermitLimit; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.SendGraphQLAsync(PostQuery("{ __typename }"))).Status);

        using var refused = await client.SendAsync(PostQuery("{ __typename }"));
        var body = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        // No Accept header: application/json, like every answer to a client that names neither type.
        Assert.Equal("application/json", refused.Content.Headers.ContentType?.MediaType);
        var response = new GraphQLHttpResponse(refused.StatusCode, refused.Content.Headers.ContentType, null, body);
        Assert.Equal(QueryLimitErrorCodes.RateLimited, response.FirstErrorCode);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task Each_client_address_has_its_own_budget()
    {
        await Exhaust(Client("10.0.0.2"));

        var other = await Client("10.0.0.3").SendGraphQLAsync(PostQuery("{ __typename }"));

        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task An_official_has_a_higher_limit_of_their_own_wherever_they_come_from()
    {
        await Exhaust(Client("10.0.0.4"));
        var official = Client("10.0.0.4").WithBearer(TestTokens.For(RegistryRoles.Ministry, subject: "00000000-0000-0000-0000-00000000a001"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitApiFactory.OfficialPermitLimit; i++)
            statuses.Add((await official.SendGraphQLAsync(PostQuery("{ __typename }"))).Status);

        Assert.All(statuses[..^1], status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Officials_are_counted_by_token_subject()
    {
        var first = Client("10.0.0.5").WithBearer(TestTokens.For(RegistryRoles.Ministry, subject: "00000000-0000-0000-0000-00000000a002"));
        for (var i = 0; i < RateLimitApiFactory.OfficialPermitLimit; i++)
            await first.SendGraphQLAsync(PostQuery("{ __typename }"));
        var second = Client("10.0.0.5").WithBearer(TestTokens.For(RegistryRoles.Province, "44", subject: "00000000-0000-0000-0000-00000000a003"));

        var response = await second.SendGraphQLAsync(PostQuery("{ __typename }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    private HttpClient Client(string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(RateLimitApiFactory.ClientIpHeader, address);
        return client;
    }

    private static async Task Exhaust(HttpClient client)
    {
        for (var i = 0; i <= RateLimitApiFactory.AnonymousPermitLimit; i++)
            await client.SendGraphQLAsync(PostQuery("{ __typename }"));
    }
}

public sealed class SlidingWindowRateLimitingTests(SlidingWindowRateLimitApiFactory factory) : IClassFixture<SlidingWindowRateLimitApiFactory>
{
    [Fact]
    public async Task A_sliding_window_refuses_with_429_and_retry_after()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < RateLimitApiFactory.AnonymousPermitLimit; i++)
            await client.SendGraphQLAsync(PostQuery("{ __typename }"));

        using var refused = await client.SendAsync(PostQuery("{ __typename }"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
    }
}
