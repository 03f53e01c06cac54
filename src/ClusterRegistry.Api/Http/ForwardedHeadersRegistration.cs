using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ClusterRegistry.Api.Http;

/// <summary>
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed only from the proxies named in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR). With neither set
/// the headers are ignored, so a client cannot choose the address its rate limit is counted under.
/// </summary>
public static class ForwardedHeadersRegistration
{
    public const string SectionName = "ForwardedHeaders";

    public static IServiceCollection AddRegistryForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        services.AddSingleton(new ForwardingProxies(proxies.Length + networks.Length > 0));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core trusts loopback by default; here only what is configured is trusted.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in networks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    /// <summary>First in the pipeline, so that logs, rate limits and caching see the client's address.</summary>
    public static WebApplication UseRegistryForwardedHeaders(this WebApplication app)
    {
        // The middleware believes every sender when it knows no proxy at all, so it only runs when some are configured.
        if (app.Services.GetRequiredService<ForwardingProxies>().Configured) app.UseForwardedHeaders();
        return app;
    }

    private sealed record ForwardingProxies(bool Configured);
}
