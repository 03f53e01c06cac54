namespace ClusterRegistry.Api.PersistedOperations;

public static class PersistedOperationsRegistration
{
    /// <summary>The stored operations and their resolution; used by the HTTP transport.</summary>
    public static IServiceCollection AddPersistedOperations(this IServiceCollection services)
    {
        services.AddOptions<PersistedOperationsOptions>().BindConfiguration(PersistedOperationsOptions.SectionName);
        services.AddSingleton(PersistedOperationStore.FromEmbeddedFiles());
        services.AddSingleton<PersistedOperationResolver>();
        return services;
    }
}
