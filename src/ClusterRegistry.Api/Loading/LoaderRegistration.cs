using ClusterRegistry.Api.Audit;
using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Industries;
using ClusterRegistry.Api.Policies;
using ClusterRegistry.Api.Regions;

namespace ClusterRegistry.Api.Loading;

public static class LoaderRegistration
{
    /// <summary>Loaders are scoped: one set per request, so batches never mix callers.</summary>
    public static IServiceCollection AddRegistryLoaders(this IServiceCollection services) => services
        .AddScoped<LoaderQueries>()
        .AddScoped<ClusterLoaders>()
        .AddScoped<RegionLoaders>()
        .AddScoped<IndustryLoaders>()
        .AddScoped<BatchLoaders>()
        .AddScoped<PolicySupportLoaders>()
        .AddScoped<AuditLoaders>()
        .AddScoped<Mutations.MutationRunner>();
}
