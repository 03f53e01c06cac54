using ClusterRegistry.Api.Clusters;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClusterRegistry.Api.Caching;

public static class CachingRegistration
{
    /// <summary>ETags and Cache-Control of GraphQL responses; used by the HTTP transport.</summary>
    public static IServiceCollection AddHttpResponseCaching(this IServiceCollection services)
    {
        services.AddOptions<HttpCachingOptions>()
            .BindConfiguration(HttpCachingOptions.SectionName)
            .Validate(o => o.MaxAgeSeconds >= 0, $"{HttpCachingOptions.SectionName}:MaxAgeSeconds must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<RegistryDataVersion>();
        services.AddSingleton<HttpResponseCaching>();
        return services;
    }

    /// <summary>
    /// Server-side output caching of anonymous GET responses, in memory or, when <c>OutputCache:Redis</c> is set, in
    /// Redis; a committed mutation evicts it. Pair with <see cref="UseRegistryOutputCache"/>.
    /// </summary>
    public static IServiceCollection AddRegistryOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RegistryOutputCacheOptions.SectionName);
        var settings = section.Get<RegistryOutputCacheOptions>() ?? new RegistryOutputCacheOptions();
        services.AddOptions<RegistryOutputCacheOptions>()
            .Bind(section)
            .Validate(o => o.ExpirationSeconds > 0, $"{RegistryOutputCacheOptions.SectionName}:ExpirationSeconds must be positive.")
            .ValidateOnStart();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<RegistryOutputCacheOptions>>((output, registry) =>
            output.AddPolicy(GraphQLOutputCachePolicy.Name, new GraphQLOutputCachePolicy(registry.Value)));
        if (!string.IsNullOrWhiteSpace(settings.Redis))
            services.AddStackExchangeRedisOutputCache(redis =>
            {
                redis.Configuration = settings.Redis;
                redis.InstanceName = settings.RedisInstanceName;
            });
        services.AddSingleton<IRegistryChangeListener, OutputCacheInvalidation>();
        return services;
    }

    /// <summary>
    /// Facet counts cached in memory per search and data version (see <see cref="ClusterFacetCache"/>), and, unless
    /// <c>FacetCache:WarmUp</c> is false, computed for the landing page in the background.
    /// </summary>
    public static IServiceCollection AddClusterFacetCache(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ClusterFacetCacheOptions.SectionName);
        services.AddOptions<ClusterFacetCacheOptions>()
            .Bind(section)
            .Validate(o => o.MaxEntries > 0, $"{ClusterFacetCacheOptions.SectionName}:MaxEntries must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<RegistryDataVersion>();
        services.AddScoped<RequestDataVersion>();
        services.AddSingleton<ClusterFacetCache>();
        services.AddSingleton<ClusterFacets>();
        if ((section.Get<ClusterFacetCacheOptions>() ?? new ClusterFacetCacheOptions()).WarmUp)
        {
            services.AddSingleton<ClusterFacetWarming>();
            services.AddHostedService(provider => provider.GetRequiredService<ClusterFacetWarming>());
            services.AddSingleton<IRegistryChangeListener>(provider => provider.GetRequiredService<ClusterFacetWarming>());
        }
        return services;
    }

    public static WebApplication UseRegistryOutputCache(this WebApplication app)
    {
        app.UseOutputCache();
        return app;
    }
}
