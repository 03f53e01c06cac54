using ClusterRegistry.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ClusterRegistry.Tests.Operations;

/// <summary>The real API whose logs are also kept in memory, filtered by the configured levels as the console's are.</summary>
public sealed class LoggingApiFactory : RegistryApiFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
