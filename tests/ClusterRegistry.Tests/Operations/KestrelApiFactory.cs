using ClusterRegistry.Tests.Infrastructure;
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
    public KestrelApiFactory()
    {
        UseKestrel(port: 0);
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
