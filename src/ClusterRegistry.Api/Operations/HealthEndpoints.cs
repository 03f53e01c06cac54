using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ClusterRegistry.Api.Operations;

/// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: it can also serve the registry (503 when not).</summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live", ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddRegistryHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadinessCheck>("database", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(10));
        return services;
    }

    public static IEndpointRouteBuilder MapRegistryHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportJson.WriteAsync });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportJson.WriteAsync,
        });
        return endpoints;
    }
}
