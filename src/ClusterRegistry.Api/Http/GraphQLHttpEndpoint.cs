using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace ClusterRegistry.Api.Http;

/// <summary>Minimal POST transport; to be replaced by the full GraphQL-over-HTTP implementation.</summary>
public static class GraphQLHttpEndpoint
{
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string path)
    {
        endpoints.MapPost(path, async (HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer) =>
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request?.Query,
                Variables = request?.Variables,
                OperationName = request?.OperationName,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = http.RequestAborted,
            });
            http.Response.ContentType = "application/graphql-response+json";
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
        });
        return endpoints;
    }
}
