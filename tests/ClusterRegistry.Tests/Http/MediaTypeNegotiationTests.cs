using System.Net;
using ClusterRegistry.Tests.Infrastructure;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Http;

public sealed class MediaTypeNegotiationTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    // Naming neither type gets application/json, as HotChocolate and the GraphQL-over-HTTP audits expect.
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json, text/plain, */*", "application/json")]
    [InlineData("application/graphql-response+json, */*", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json; charset=utf-8", "application/json")]
    [InlineData("application/json, */*;q=0.5", "application/json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("text/html, application/json;q=0.9", "application/json")]
    public async Task Answers_in_the_preferred_acceptable_media_type(string? accept, string expected)
    {
        var response = await _client.SendGraphQLAsync(PostQuery("{ __typename }", accept: accept));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
        Assert.Equal("utf-8", response.ContentType?.CharSet);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("*/*;q=0")]
    public async Task Answers_406_when_no_acceptable_media_type_is_offered(string accept)
    {
        var response = await _client.SendGraphQLAsync(PostQuery("{ __typename }", accept: accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Negotiates_for_get_requests_too()
    {
        var response = await _client.SendGraphQLAsync(Get("{ __typename }", accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
    }
}
