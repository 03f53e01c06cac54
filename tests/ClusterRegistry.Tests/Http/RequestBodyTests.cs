using ClusterRegistry.Api.Http;
using Microsoft.AspNetCore.Http;

namespace ClusterRegistry.Tests.Http;

/// <summary>
/// The server's own refusals of a body as it arrives (shorter than its Content-Length, too slow, too large) become
/// GraphQL errors with their 4xx, not unhandled exceptions answered with 500 and logged as faults.
/// </summary>
public sealed class RequestBodyTests
{
    private sealed class RefusingStream(BadHttpRequestException refusal) : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(refusal);
    }

    private static Task<ReadOnlyMemory<byte>> Read(BadHttpRequestException refusal)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new RefusingStream(refusal);
        return RequestBody.ReadAsync(http.Request, 1024, CancellationToken.None);
    }

    [Theory]
    [InlineData("Unexpected end of request content.", StatusCodes.Status400BadRequest)]
    [InlineData("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout)]
    public async Task A_body_the_server_refused_is_a_broken_request(string message, int status)
    {
        var error = await Assert.ThrowsAsync<GraphQLHttpError>(() => Read(new BadHttpRequestException(message, status)));

        Assert.Equal(status, error.HttpStatus);
        Assert.Equal("INVALID_REQUEST", error.Code);
        Assert.DoesNotContain(message, error.Message);
    }

    [Fact]
    public async Task A_body_over_the_servers_limit_is_too_large()
    {
        var error = await Assert.ThrowsAsync<GraphQLHttpError>(() =>
            Read(new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge)));

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, error.HttpStatus);
    }
}
