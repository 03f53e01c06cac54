using System.Net;
using ClusterRegistry.Tests.Infrastructure;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Http;

public sealed class GetRequestTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Executes_a_query_from_the_query_string()
    {
        var response = await _client.SendGraphQLAsync(Get("{ __typename }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", response.Text);
    }

    [Fact]
    public async Task Reads_variables_as_json_and_selects_the_named_operation()
    {
        var response = await _client.SendGraphQLAsync(Get(
            "query Other { other: __typename } query Typed($skip: Boolean!) { skipped: __typename @skip(if: $skip) kept: __typename }",
            variables: """{"skip":true}""",
            operationName: "Typed"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"kept":"Query"}}""", response.Text);
    }

    [Fact]
    public async Task Accepts_extensions_as_json()
    {
        var response = await _client.SendGraphQLAsync(Get("{ __typename }", extensions: """{"client":{"name":"test"}}"""));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", response.Text);
    }

    [Fact]
    public async Task Refuses_extensions_that_are_not_a_json_object()
    {
        var response = await _client.SendGraphQLAsync(Get("{ __typename }", extensions: "[]"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task Treats_an_empty_operationName_as_absent()
    {
        var response = await _client.SendGraphQLAsync(Get("{ __typename }", operationName: ""));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", response.Text);
    }

    [Fact]
    public async Task Refuses_a_mutation_with_405()
    {
        var response = await _client.SendGraphQLAsync(Get("mutation { __typename }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.Contains(response.Errors, e => e?["extensions"]?["code"]?.GetValue<string>() == "METHOD_NOT_ALLOWED");
    }

    [Fact]
    public async Task Refuses_a_missing_query()
    {
        var response = await _client.SendGraphQLAsync(Get(query: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MISSING_QUERY", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("{not json", "INVALID_JSON")]
    [InlineData("[1,2]", "INVALID_REQUEST")]
    [InlineData("\"text\"", "INVALID_REQUEST")]
    public async Task Refuses_variables_that_are_not_a_json_object(string variables, string code)
    {
        var response = await _client.SendGraphQLAsync(Get("{ __typename }", variables: variables));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
    }

    [Fact]
    public async Task Refuses_a_parameter_given_twice()
    {
        var response = await _client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D&query=%7B__typename%7D"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
    }
}
