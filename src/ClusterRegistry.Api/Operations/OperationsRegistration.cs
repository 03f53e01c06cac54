using GraphQL;

namespace ClusterRegistry.Api.Operations;

/// <summary>What running the API in production needs: health endpoints, request logs and telemetry.</summary>
public static class OperationsRegistration
{
    // Where MapRegistryGraphQL serves the endpoint.
    private const string GraphQLPath = "/graphql";

    public static WebApplicationBuilder AddRegistryOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddRegistryHealthChecks();
        builder.Services.AddRegistryTelemetry(builder.Configuration);
        builder.Services.AddGraphQL(graphQL => graphQL.ConfigureExecution<GraphQLOperationTracing>());
        return builder;
    }

    /// <summary>Call first, so that a request's logged duration covers authentication too.</summary>
    public static WebApplication UseRegistryOperations(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments(GraphQLPath), graphQL => graphQL.UseMiddleware<GraphQLRequestLogging>());
        app.MapRegistryHealthChecks();
        return app;
    }
}
