using System.Net;
using System.Net.Sockets;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ClusterRegistry.Tests.Operations;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_waits_for_an_in_flight_request_to_finish_with_200()
    {
        await using var factory = new SlowRequestApiFactory();
        var address = factory.Address;
        using var client = new HttpClient { BaseAddress = address };
        var pending = client.PostGraphQLAsync("{ operationsTestSlow }");
        await factory.Gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stopping = factory.Services.GetRequiredService<IHost>().StopAsync();
        // Kestrel refuses new connections once it is draining the open ones.
        await Eventually.TrueAsync(() => !Accepts(address), "the server to stop listening");
        Assert.False(stopping.IsCompleted, "The host stopped while a request was in flight.");

        factory.Gate.Opened.SetResult();
        var (response, body) = await pending;
        await stopping;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("finished", body["data"]?["operationsTestSlow"]?.GetValue<string>());
        Assert.True(factory.Gate.Completed.Task.IsCompleted, "The host stopped before the response was sent.");
    }

    [Fact]
    public void The_shutdown_timeout_is_30_seconds_by_default_and_configurable()
    {
        using var byDefault = new ShutdownTimeoutApiFactory(seconds: null);
        using var configured = new ShutdownTimeoutApiFactory(seconds: 45);

        Assert.Equal(TimeSpan.FromSeconds(30), ShutdownTimeout(byDefault));
        Assert.Equal(TimeSpan.FromSeconds(45), ShutdownTimeout(configured));
    }

    private static TimeSpan ShutdownTimeout(RegistryApiFactory factory) =>
        factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;

    private static bool Accepts(Uri address)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Connect(address.Host, address.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private sealed class ShutdownTimeoutApiFactory(int? seconds) : RegistryApiFactory
    {
        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = new Dictionary<string, string?> { ["Database:MigrateAndSeedOnStartup"] = "false" };
                if (seconds is { } configured)
                    settings["shutdownTimeoutSeconds"] = configured.ToString();
                return settings;
            }
        }
    }
}
