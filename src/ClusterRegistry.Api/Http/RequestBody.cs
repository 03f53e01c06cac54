using System.Buffers;

namespace ClusterRegistry.Api.Http;

internal static class RequestBody
{
    /// <summary>Reads the whole body, refusing with 413 as soon as it is known to exceed <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            throw GraphQLHttpError.RequestTooLarge(maxBytes);

        var body = new MemoryStream((int)Math.Min(request.ContentLength ?? 4096, maxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                // Checked per chunk because a chunked body announces no length.
                if (body.Length + read > maxBytes)
                    throw GraphQLHttpError.RequestTooLarge(maxBytes);
                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode != StatusCodes.Status413PayloadTooLarge)
        {
            // The body stopped short of its Content-Length or came too slowly: the client has gone (a load tool ending its
            // run does this). Kestrel would not deliver an answer, so the connection is dropped as for a disconnect.
            request.HttpContext.Abort();
            throw new OperationCanceledException("The client stopped sending the request body.", e, request.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            throw GraphQLHttpError.RequestTooLarge(maxBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return body.GetBuffer().AsMemory(0, (int)body.Length);
    }
}
