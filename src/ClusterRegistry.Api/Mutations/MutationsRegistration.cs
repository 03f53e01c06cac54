using GraphQL;

namespace ClusterRegistry.Api.Mutations;

public static class MutationsRegistration
{
    /// <summary>The per-request mutation state and the pass that decides a multi-mutation document's authorization first.</summary>
    public static IServiceCollection AddRegistryMutations(this IServiceCollection services)
    {
        services.AddScoped<MutationRequest>();
        services.AddGraphQL(graphQL => graphQL.ConfigureExecution<MultiMutationPreflight>());
        return services;
    }
}
