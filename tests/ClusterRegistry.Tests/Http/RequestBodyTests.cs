using ClusterRegistry.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ClusterRegistry.Tests.Http;

/// <summary>
/// The server's own refusals of a body as it arrives: one cut short or too slow is a client that has gone (the
/// connection is dropped, as for a disconnect, and nothing is logged as a fault); one over the server's limit is a 413.
/// </summary>
public sealed class RequestBodyTests
{
    private sealed class RefusingStream(BadHttpRequestException refusal) : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(refusal);
    }

    private sealed class Lifetime : IHttpRequestLifetimeFeature
    {
        private readonly CancellationTokenSource _aborted = new();
        public CancellationToken RequestAborted { get => _aborted.Token; set { } }
        public void Abort() => _aborted.Cancel();
    }

    private static (HttpContext Http, Task<ReadOnlyMemory<byte>> Read) Read(BadHttpRequestException refusal)
    {
        var http = new DefaultHttpContext();
        http.Features.Set<IHttpRequestLifetimeFeature>(new Lifetime());
        http.Request.Body = new RefusingStream(refusal);
        return (http, RequestBody.ReadAsync(http.Request, 1024, CancellationToken.None));
    }

    [Theory]
    [InlineData("Unexpected end of request content.", StatusCodes.Status400BadRequest)]
    [InlineData("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout)]
    public async Task A_body_cut_short_or_too_slow_drops_the_connection(string message, int status)
    {
        var (http, read) = Read(new BadHttpRequestException(message, status));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        Assert.True(http.RequestAborted.IsCancellationRequested);
    }

    [Fact]
    public async Task A_body_over_the_servers_limit_is_too_large()
    {
        var (http, read) = Read(new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge));

        var error = await Assert.ThrowsAsync<GraphQLHttpError>(() => read);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, error.HttpStatus);
        Assert.False(http.RequestAborted.IsCancellationRequested);
    }
}
