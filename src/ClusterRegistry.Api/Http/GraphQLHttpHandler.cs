using ClusterRegistry.Api.Ide;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace ClusterRegistry.Api.Http;

/// <summary>Serves one request to the GraphQL endpoint: GET or POST, plus <c>GET ?sdl</c> for the schema's SDL.</summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLSerializer serializer,
    GraphQLRequestReader reader)
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

        var mediaType = ResponseMediaTypes.Negotiate(request.Headers.Accept);
        try
        {
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
                throw GraphQLHttpError.MethodNotAllowed(request.Method);
            if (mediaType is not { } accepted)
                throw GraphQLHttpError.NotAcceptable();

            var graphQLRequest = await reader.ReadAsync(request, http.RequestAborted);
            var result = await ExecuteAsync(http, graphQLRequest);
            var status = ResponseStatus.Of(result, accepted);
            if (status == StatusCodes.Status405MethodNotAllowed)
                http.Response.Headers.Allow = HttpMethods.Post;
            if (status == StatusCodes.Status401Unauthorized)
                http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteAsync(http, status, accepted, result);
        }
        catch (GraphQLHttpError error)
        {
            if (error.HttpStatus == StatusCodes.Status405MethodNotAllowed)
                http.Response.Headers.Allow = $"{HttpMethods.Get}, {HttpMethods.Post}";
            // A 406 still needs a body; graphql-response+json is the spec's default.
            await WriteAsync(http, error.HttpStatus, mediaType ?? ResponseMediaType.GraphQLResponseJson, new ExecutionResult(error));
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

    private async Task WriteAsync(HttpContext http, int status, ResponseMediaType mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType.ContentType();
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static async Task WriteSdlAsync(HttpContext http)
    {
        var schema = http.RequestServices.GetRequiredService<ISchema>();
        // Printing needs the type map, which is otherwise built on the first execution.
        schema.Initialize();
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(schema.Print(), http.RequestAborted);
    }
}
