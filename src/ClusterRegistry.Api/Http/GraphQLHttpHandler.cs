using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Idempotency;
using ClusterRegistry.Api.Ide;
using ClusterRegistry.Api.PersistedOperations;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace ClusterRegistry.Api.Http;

/// <summary>Serves one request to the GraphQL endpoint: GET or POST, plus <c>GET ?sdl</c> for the schema's SDL.</summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    GraphQLRequestReader reader,
    PersistedOperationResolver persistedOperations,
    HttpResponseCaching caching,
    IdempotentRequests idempotency)
{
    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) && request.Query.ContainsKey("sdl"))
        {
            await WriteSdlAsync(http);
            return;
        }
        if (GraphiQLPage.IsRequestedBy(request))
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }

        HttpResponseCaching.MakePrivate(http.Response);
        var mediaType = ResponseMediaTypes.Negotiate(request.Headers.Accept);
        try
        {
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
                throw GraphQLHttpError.MethodNotAllowed(request.Method);
            if (mediaType is not { } accepted)
                throw GraphQLHttpError.NotAcceptable();

            var graphQLRequest = await reader.ReadAsync(request, http.RequestAborted);
            persistedOperations.Resolve(graphQLRequest, http.User);
            var etag = await caching.ETagAsync(http, accepted.ContentType());
            if (etag is not null && HttpResponseCaching.IsNotModified(request, etag))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                caching.MakePublic(http.Response, etag);
                return;
            }

            var idempotent = await idempotency.BeginAsync(http, graphQLRequest, http.RequestAborted);
            if (idempotent?.Replay is not null)
            {
                await idempotent.WriteReplayAsync(http);
                return;
            }
            try
            {
                var result = await ExecuteAsync(http, graphQLRequest);
                var status = ResponseStatus.Of(result, accepted);
                // A refusal after another mutation of the document committed is a field error of a successful response.
                if (status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden
                    && http.RequestServices.GetService<Mutations.MutationRequest>() is { Committed: > 0 })
                    status = StatusCodes.Status200OK;
                if (status == StatusCodes.Status405MethodNotAllowed)
                    http.Response.Headers.Allow = HttpMethods.Post;
                if (status == StatusCodes.Status401Unauthorized)
                    http.Response.Headers.WWWAuthenticate = "Bearer";
                if (etag is not null && status == StatusCodes.Status200OK && result.Errors is null or { Count: 0 })
                    caching.MakePublic(http.Response, etag);
                http.Response.StatusCode = status;
                if (idempotent is null)
                {
                    await GraphQLHttpResponses.WriteAsync(http, accepted, result, http.RequestAborted);
                    return;
                }
                // Kept before it is sent, so that a retry after a lost answer finds it.
                var body = await GraphQLHttpResponses.SerializeAsync(http, result);
                await idempotent.CompleteAsync(status, accepted.ContentType(), body);
                http.Response.ContentType = accepted.ContentType();
                await http.Response.Body.WriteAsync(body, http.RequestAborted);
            }
            finally
            {
                if (idempotent is not null) await idempotent.AbandonIfUnsettledAsync();
            }
        }
        catch (GraphQLHttpError error)
        {
            if (error.HttpStatus == StatusCodes.Status405MethodNotAllowed)
                http.Response.Headers.Allow = $"{HttpMethods.Get}, {HttpMethods.Post}";
            // A 406 still needs a body.
            http.Response.StatusCode = error.HttpStatus;
            await GraphQLHttpResponses.WriteAsync(http, mediaType, new ExecutionResult(error), http.RequestAborted);
        }
        catch (OperationCanceledException e) when (http.RequestAborted.IsCancellationRequested || e.InnerException is BadHttpRequestException)
        {
            // The client is gone (a body cut short aborts the connection, whose token Kestrel cancels a moment later);
            // nobody reads an answer.
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            // Whatever escaped still gets a GraphQL-shaped answer rather than an empty 500.
            http.RequestServices.GetRequiredService<ILogger<GraphQLHttpHandler>>().LogError(e, "Unhandled exception while serving a GraphQL request.");
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await GraphQLHttpResponses.WriteAsync(http, mediaType, new ExecutionResult(GraphQLHttpError.Internal()), http.RequestAborted);
        }
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = new GraphQLHttpUserContext(http),
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

    private static async Task WriteSdlAsync(HttpContext http)
    {
        var schema = http.RequestServices.GetRequiredService<ISchema>();
        // Printing needs the type map, which is otherwise built on the first execution.
        schema.Initialize();
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(schema.Print(), http.RequestAborted);
    }
}
