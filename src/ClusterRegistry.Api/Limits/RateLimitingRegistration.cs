using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ClusterRegistry.Api.Limits;

public static class RateLimitingRegistration
{
    /// <summary>The policy the GraphQL endpoint requires.</summary>
    public const string PolicyName = "graphql";

    /// <summary>
    /// Per-IP and per-official limits with ASP.NET Core's rate limiter, counted per node or, with <c>RateLimiting:Redis</c>,
    /// across all nodes. Pair with <see cref="UseRegistryRateLimiting"/>.
    /// </summary>
    public static IServiceCollection AddRegistryRateLimiting(this IServiceCollection services)
    {
        services.AddSingleton<SharedRateLimitStore>();
        services.AddOptions<RateLimitingOptions>()
            .BindConfiguration(RateLimitingOptions.SectionName)
            .Validate(o => o is { AnonymousPermitLimit: > 0, OfficialPermitLimit: > 0, SegmentsPerWindow: > 0 } && o.Window > TimeSpan.Zero,
                $"{RateLimitingOptions.SectionName}: the permit limits, SegmentsPerWindow and Window must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, http => RateLimitPartitions.For(http, Options(http.RequestServices),
                SharedRateLimitStore.IfConfigured(http.RequestServices)));
            limiter.OnRejected = (context, cancellationToken) =>
                RateLimitRejection.WriteAsync(context, Options(context.HttpContext.RequestServices), cancellationToken);
        });
        return services;
    }

    /// <summary>Call after authentication, so that officials are told apart from anonymous callers.</summary>
    public static WebApplication UseRegistryRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static RateLimitingOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
}
