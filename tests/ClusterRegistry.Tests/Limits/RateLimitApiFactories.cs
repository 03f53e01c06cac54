using System.Net;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterRegistry.Tests.Limits;

/// <summary>
/// The real API with rate limiting switched on (the Testing environment switches it off) and tiny limits: 2 requests
/// per hour for an anonymous IP address, 4 for an official. The test server has no client address, so a request's
/// <c>X-Test-Client-IP</c> header stands in for it.
/// </summary>
public abstract class RateLimitApiFactory(string algorithm) : RegistryApiFactory
{
    public const int AnonymousPermitLimit = 2;
    public const int OfficialPermitLimit = 4;
    public const string ClientIpHeader = "X-Test-Client-IP";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:MigrateAndSeedOnStartup"] = "false",
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:Algorithm"] = algorithm,
        ["RateLimiting:Window"] = "01:00:00",
        ["RateLimiting:SegmentsPerWindow"] = "4",
        ["RateLimiting:AnonymousPermitLimit"] = AnonymousPermitLimit.ToString(),
        ["RateLimiting:OfficialPermitLimit"] = OfficialPermitLimit.ToString(),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientIpHeader], out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class FixedWindowRateLimitApiFactory() : RateLimitApiFactory("FixedWindow");

public sealed class SlidingWindowRateLimitApiFactory() : RateLimitApiFactory("SlidingWindow");
