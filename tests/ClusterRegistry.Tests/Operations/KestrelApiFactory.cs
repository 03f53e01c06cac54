using ClusterRegistry.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterRegistry.Tests.Operations;

/// <summary>
/// The real API on Kestrel at a free loopback port, for what only a real server shows: a browser, or connections
/// that are drained when the host stops.
/// </summary>
public class KestrelApiFactory : RegistryApiFactory
{
    // The port comes from the URL setting rather than UseKestrel(port), whose late rewrite of the server's addresses
    // can race the start and throw "Addresses cannot be modified after the server has started".
    public KestrelApiFactory()
    {
        UseKestrel();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
    }

    /// <summary>Starts the server if need be and returns the address it listens on.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.First());
        }
    }
}
