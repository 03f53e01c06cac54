using System.Net;
using System.Text;
using ClusterRegistry.Tests.Infrastructure;
using static ClusterRegistry.Tests.Http.GraphQLHttpRequests;

namespace ClusterRegistry.Tests.Http;

public sealed class RequestSizeLimitTests(RegistryApiFactory factory) : IClassFixture<RegistryApiFactory>
{
    private const int OneMebibyte = 1024 * 1024;
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Accepts_a_body_just_under_the_default_limit_of_one_mebibyte()
    {
        var response = await _client.SendGraphQLAsync(Post(PaddedBody(OneMebibyte)));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Refuses_a_body_over_the_default_limit_with_413()
    {
        var response = await _client.SendGraphQLAsync(Post(PaddedBody(OneMebibyte + 1)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Refuses_a_body_of_unannounced_length_over_the_limit_with_413()
    {
        var request = Post("");
        request.Content = new UnknownLengthContent(Encoding.UTF8.GetBytes(PaddedBody(OneMebibyte + 1)));
        request.Content.Headers.ContentType = new("application/json");

        var response = await _client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);
    }

    /// <summary>A valid request of exactly <paramref name="bytes"/> bytes, padded in its extensions.</summary>
    internal static string PaddedBody(int bytes)
    {
        var empty = Json(new { query = "{ __typename }", extensions = new { padding = "" } });
        return Json(new { query = "{ __typename }", extensions = new { padding = new string('x', bytes - empty.Length) } });
    }

    /// <summary>Content without a Content-Length, as a chunked upload would be.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

public sealed class ConfiguredRequestSizeLimitTests(SmallBodyLimitApiFactory factory) : IClassFixture<SmallBodyLimitApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(SmallBodyLimitApiFactory.MaxRequestBytes, HttpStatusCode.OK)]
    [InlineData(SmallBodyLimitApiFactory.MaxRequestBytes + 1, HttpStatusCode.RequestEntityTooLarge)]
    public async Task Applies_the_configured_limit(int bodyBytes, HttpStatusCode expected)
    {
        var response = await _client.SendGraphQLAsync(Post(RequestSizeLimitTests.PaddedBody(bodyBytes)));

        Assert.Equal(expected, response.Status);
    }
}
