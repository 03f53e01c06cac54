using System.Text.Encodings.Web;
using System.Text.Unicode;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Api.Http;
using ClusterRegistry.Api.Limits;
using ClusterRegistry.Api.Loading;
using ClusterRegistry.Api.Mutations;
using GraphQL;
using GraphQL.Execution;

namespace ClusterRegistry.Api.Schema;

public static class GraphQLRegistration
{
    public static IServiceCollection AddRegistryGraphQL(this IServiceCollection services)
    {
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<RegistrySchema>()
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddRegistryAuthorization()
            // Resolvers only read loaded objects or register keys with batch loaders, so running them in order is
            // cheaper than a task per field; the loaders still fetch each level in one statement.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddGraphTypes(typeof(RegistrySchema).Assembly));
        services.AddGraphQLHttp();
        services.AddQueryLimits();
        services.AddRegistryLoaders();
        services.AddRegistryMutations();
        services.AddSingleton<Regions.RegionCatalog>();
        return services;
    }

    public static IEndpointRouteBuilder MapRegistryGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGraphQLHttp("/graphql");
        return endpoints;
    }
}
