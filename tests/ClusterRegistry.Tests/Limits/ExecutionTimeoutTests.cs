using System.Net;
using ClusterRegistry.Api.Limits;
using ClusterRegistry.Tests.Http;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Limits;

public sealed class ExecutionTimeoutTests(SlowResolverApiFactory factory) : IClassFixture<SlowResolverApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task An_execution_past_the_timeout_is_cancelled_and_answered_with_504()
    {
        var response = await _client.SendGraphQLAsync(PostQuery("{ limitsTestSlow }"));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.Status);
        Assert.Equal(QueryLimitErrorCodes.ExecutionTimeout, response.FirstErrorCode);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task Legacy_json_clients_get_the_timeout_error_with_200()
    {
        var response = await _client.SendGraphQLAsync(PostQuery("{ limitsTestSlow }", accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(QueryLimitErrorCodes.ExecutionTimeout, response.FirstErrorCode);
    }

    [Fact]
    public async Task A_timed_out_response_is_not_cacheable()
    {
        using var response = await _client.SendAsync(Get("{ limitsTestSlow }"));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }
}
