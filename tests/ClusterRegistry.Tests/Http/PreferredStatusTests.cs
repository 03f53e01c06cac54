using System.Net;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Http;

public sealed class PreferredStatusTests(TransportTestApiFactory factory) : IClassFixture<TransportTestApiFactory>
{
    private const string Forbidden = "query TransportTestForbidden { __typename }";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_request_error_that_asks_for_a_status_gets_it_with_graphql_response_json()
    {
        var response = await _client.SendGraphQLAsync(PostQuery(Forbidden));

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("Not for you.", response.Errors[0]?["message"]?.GetValue<string>());
    }

    [Fact]
    public async Task Legacy_application_json_still_gets_200()
    {
        var response = await _client.SendGraphQLAsync(PostQuery(Forbidden, accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task A_mutation_over_get_is_405_before_any_other_status()
    {
        var response = await _client.SendGraphQLAsync(Get("mutation TransportTestForbidden { __typename }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }
}
