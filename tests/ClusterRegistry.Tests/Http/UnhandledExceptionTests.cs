using System.Net;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Http;

public sealed class UnhandledExceptionTests(TransportTestApiFactory factory) : IClassFixture<TransportTestApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_throwing_resolver_gives_a_partial_result_without_details_outside_development()
    {
        var response = await _client.SendGraphQLAsync(PostQuery("{ transportTest transportTestFailure }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("ok", response.Body["data"]?["transportTest"]?.GetValue<string>());
        Assert.Null(response.Body["data"]?["transportTestFailure"]);
        var error = Assert.Single(response.Errors)!;
        Assert.Equal("INTERNAL_SERVER_ERROR", error["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal("transportTestFailure", error["path"]?[0]?.GetValue<string>());
        Assert.DoesNotContain("hunter2", response.Text);
        Assert.DoesNotContain("InvalidOperation", response.Text);
        Assert.DoesNotContain(" at ", response.Text);
    }
}

public sealed class DevelopmentUnhandledExceptionTests(DevelopmentTransportTestApiFactory factory)
    : IClassFixture<DevelopmentTransportTestApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_throwing_resolver_shows_the_exception_in_development()
    {
        var response = await _client.SendGraphQLAsync(PostQuery("{ transportTestFailure }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains(TransportTestApiFactory.SecretMessage, response.Text);
    }
}
