using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ClusterRegistry.Api.Operations;

/// <summary>
/// OpenTelemetry traces and metrics of ASP.NET Core, EF Core and GraphQL execution. They are always collected, so
/// that a test or a debugger can listen, and leave the process over OTLP only when an endpoint is configured.
/// </summary>
public static class RegistryTelemetry
{
    public static IServiceCollection AddRegistryTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                // Probes would otherwise make most of the traces.
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(GraphQLTelemetry.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.EntityFrameworkCore", "System.Runtime", GraphQLTelemetry.Name));
        if (options.OtlpEndpoint is { } endpoint)
            telemetry.UseOtlpExporter(options.OtlpProtocol, endpoint);
        return services;
    }
}
