using System.Net;
using ClusterRegistry.Tests.Infrastructure;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Http;

public sealed class PostRequestTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Executes_a_query_posted_as_json()
    {
        var response = await _client.SendGraphQLAsync(PostQuery("{ __typename }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("utf-8", response.ContentType?.CharSet);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", response.Text);
    }

    [Fact]
    public async Task Passes_variables_and_extensions()
    {
        var body = Json(new
        {
            query = "query Typed($skip: Boolean!) { skipped: __typename @skip(if: $skip) kept: __typename }",
            variables = new { skip = true },
            extensions = new { client = "test" },
        });

        var response = await _client.SendGraphQLAsync(Post(body));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"kept":"Query"}}""", response.Text);
    }

    [Fact]
    public async Task Accepts_null_for_optional_parameters()
    {
        var body = """{"query":"{ __typename }","variables":null,"operationName":null,"extensions":null}""";

        var response = await _client.SendGraphQLAsync(Post(body));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Runs_introspection()
    {
        var response = await _client.SendGraphQLAsync(PostQuery("{ __schema { queryType { name } } }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Body["data"]?["__schema"]?["queryType"]?["name"]?.GetValue<string>());
    }

    [Fact]
    public async Task Selects_the_operation_named_by_operationName()
    {
        const string document = "query First { first: __typename } query Second { second: __typename }";

        var response = await _client.SendGraphQLAsync(PostQuery(document, operationName: "Second"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"data":{"second":"Query"}}""", response.Text);
    }

    [Fact]
    public async Task Refuses_several_operations_without_operationName()
    {
        var response = await _client.SendGraphQLAsync(PostQuery("query First { __typename } query Second { __typename }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Body["data"]);
        Assert.Equal("NO_OPERATION_NAME", response.FirstErrorCode);
    }

    [Fact]
    public async Task Refuses_an_operationName_the_document_does_not_have()
    {
        var response = await _client.SendGraphQLAsync(PostQuery("query First { __typename }", operationName: "Other"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_OPERATION_NAME", response.FirstErrorCode);
    }
}
