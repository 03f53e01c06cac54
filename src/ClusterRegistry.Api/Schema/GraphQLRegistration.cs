using ClusterRegistry.Api.Http;
using GraphQL;

namespace ClusterRegistry.Api.Schema;

public static class GraphQLRegistration
{
    public static IServiceCollection AddRegistryGraphQL(this IServiceCollection services)
    {
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<RegistrySchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(RegistrySchema).Assembly));
        services.AddGraphQLHttp();
        return services;
    }

    public static IEndpointRouteBuilder MapRegistryGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGraphQLHttp("/graphql");
        return endpoints;
    }
}
