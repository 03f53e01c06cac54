using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Limits;
using ClusterRegistry.Api.PersistedOperations;
using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClusterRegistry.Api.Http;

/// <summary>The GraphQL-over-HTTP transport: registration and endpoint mapping.</summary>
public static class GraphQLHttpEndpoint
{
    /// <summary>
    /// Registers the transport, the parsed-document cache, the no-mutation-over-GET rule, the handling of unhandled
    /// exceptions (details exposed only in Development), persisted operations and the caching headers of responses.
    /// Call after <c>AddGraphQL(...)</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services)
    {
        services.AddOptions<GraphQLHttpOptions>()
            .BindConfiguration(GraphQLHttpOptions.SectionName)
            .Validate(o => o.MaxRequestBytes > 0 && o.DocumentCacheSizeLimit > 0,
                $"{GraphQLHttpOptions.SectionName}: MaxRequestBytes and DocumentCacheSizeLimit must be positive.")
            .ValidateOnStart();
        // A GET carries the document in its request line: allow one of 64 KiB (Kestrel's 8 KiB default would refuse
        // longer ones itself, with an empty 414 the application never sees), and more headers than browsers send.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 200;
        });
        services.TryAddSingleton<DocumentCache>();
        services.TryAddSingleton<GraphQLRequestReader>();
        services.TryAddSingleton<UnhandledExceptionMasking>();
        services.TryAddScoped<GraphQLHttpHandler>();
        services.TryAddSingleton<Idempotency.IdempotentRequests>();
        services.AddPersistedOperations();
        services.AddHttpResponseCaching();

        services.AddGraphQL(graphQL => graphQL
            .AddValidationRule<NoMutationOverGetRule>(useForCachedDocuments: true)
            .AddErrorInfoProvider((errors, provider) =>
                errors.ExposeExceptionDetails = provider.GetRequiredService<IHostEnvironment>().IsDevelopment())
            .ConfigureExecution(provider => provider.GetRequiredService<DocumentCache>())
            .ConfigureExecution(provider => provider.GetRequiredService<UnhandledExceptionMasking>()));
        return services;
    }

    /// <summary>
    /// Serves GraphQL over HTTP (GET and POST) at <paramref name="path"/>, and the SDL at <c>GET path?sdl</c>, under the
    /// registry's rate limits and output cache when their middleware runs.
    /// </summary>
    public static IEndpointRouteBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string path)
    {
        endpoints.Map(path, http => http.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(http))
            .RequireRateLimiting(RateLimitingRegistration.PolicyName)
            .CacheOutput(GraphQLOutputCachePolicy.Name);
        return endpoints;
    }
}
