using System.Net;
using ClusterRegistry.Tests.Infrastructure;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Http;

/// <summary>
/// Request errors (parse, validation, variable coercion) are 400 with graphql-response+json and 200 with
/// legacy application/json; either way the body has errors with GraphQL.NET's codes and no data entry.
/// </summary>
public sealed class StatusCodeTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, object?, string> RequestErrors => new()
    {
        { "{ __typename", null, "SYNTAX_ERROR" },
        { "{ noSuchField }", null, "FIELDS_ON_CORRECT_TYPE" },
        { "query($skip: Boolean!) { __typename @skip(if: $skip) }", new { skip = "yes" }, "INVALID_VALUE" },
        { "query($skip: Boolean!) { __typename @skip(if: $skip) }", null, "INVALID_VALUE" },
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Request_errors_are_400_with_graphql_response_json(string query, object? variables, string code)
    {
        var response = await _client.SendGraphQLAsync(PostQuery(query, variables, accept: GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        AssertRequestError(response, code);
    }

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Request_errors_are_200_with_legacy_application_json(string query, object? variables, string code)
    {
        var response = await _client.SendGraphQLAsync(PostQuery(query, variables, accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        AssertRequestError(response, code);
    }

    [Fact]
    public async Task Malformed_requests_are_400_whatever_the_media_type()
    {
        var response = await _client.SendGraphQLAsync(Post("""{"variables":{}}""", accept: "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MISSING_QUERY", response.FirstErrorCode);
    }

    private static void AssertRequestError(GraphQLHttpResponse response, string code)
    {
        Assert.False(response.Body.AsObject().ContainsKey("data"));
        Assert.Equal(code, response.FirstErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(response.Errors[0]?["message"]?.GetValue<string>()));
        // Exception details are for the Development environment only.
        Assert.Null(response.Errors[0]?["extensions"]?["details"]);
    }
}
