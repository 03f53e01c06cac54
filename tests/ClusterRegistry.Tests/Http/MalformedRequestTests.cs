using System.Net;
using ClusterRegistry.Tests.Infrastructure;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Http;

/// <summary>Requests that are not well-formed GraphQL-over-HTTP requests never reach the engine.</summary>
public sealed class MalformedRequestTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Refuses_a_body_that_is_not_json_with_415(string? contentType)
    {
        var response = await _client.SendGraphQLAsync(Post("""{"query":"{ __typename }"}""", contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8", HttpStatusCode.OK)]
    [InlineData("application/json; charset=UTF-8", HttpStatusCode.OK)]
    [InlineData("application/json; charset=iso-8859-1", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json; charset=utf-16", HttpStatusCode.UnsupportedMediaType)]
    public async Task Accepts_only_utf8(string contentType, HttpStatusCode expected)
    {
        var response = await _client.SendGraphQLAsync(Post("""{"query":"{ __typename }"}""", contentType));

        Assert.Equal(expected, response.Status);
        if (expected != HttpStatusCode.OK)
            Assert.Equal("UNSUPPORTED_CHARSET", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("NONSENSE", "INVALID_JSON")]
    [InlineData("""{"query":""", "INVALID_JSON")]
    [InlineData("", "INVALID_JSON")]
    [InlineData("""[{"query":"{ __typename }"}]""", "INVALID_REQUEST")]
    [InlineData("null", "INVALID_REQUEST")]
    [InlineData("""{"qeury":"{ __typename }"}""", "MISSING_QUERY")]
    [InlineData("""{"query":null}""", "MISSING_QUERY")]
    [InlineData("""{"query":42}""", "INVALID_REQUEST")]
    [InlineData("""{"query":{"text":"{ __typename }"}}""", "INVALID_REQUEST")]
    [InlineData("""{"query":"{ __typename }","variables":[7]}""", "INVALID_REQUEST")]
    [InlineData("""{"query":"{ __typename }","variables":"{}"}""", "INVALID_REQUEST")]
    [InlineData("""{"query":"{ __typename }","extensions":1}""", "INVALID_REQUEST")]
    [InlineData("""{"query":"{ __typename }","operationName":7}""", "INVALID_REQUEST")]
    public async Task Refuses_a_malformed_body_with_400(string body, string code)
    {
        var response = await _client.SendGraphQLAsync(Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal(code, response.FirstErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(response.Errors[0]?["message"]?.GetValue<string>()));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Refuses_other_methods_with_405(string method)
    {
        var request = Post("""{"query":"{ __typename }"}""");
        request.Method = new HttpMethod(method);

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("GET, POST", response.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
    }
}
