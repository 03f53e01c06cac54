using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ClusterRegistry.Tests.Caching;

/// <summary>
/// A throwaway <c>redis-server</c> (Debian package <c>redis-server</c>) on 127.0.0.1 at a free port, without
/// persistence, stopped when the tests are done.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    public const string MissingMessage =
        "redis-server is not installed: `apt-get install -y redis-server` (the CI script installs it).";

    private Process? _process;

    /// <summary>The redis-server executable, or null when it is not installed.</summary>
    public static string? Executable { get; } = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    public string Endpoint { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (Executable is null) return;
        var port = FreePort();
        Endpoint = $"127.0.0.1:{port}";
        _process = Process.Start(new ProcessStartInfo(Executable,
            ["--bind", "127.0.0.1", "--port", port.ToString(), "--save", "", "--appendonly", "no", "--protected-mode", "yes"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        await WaitUntilListeningAsync(port);
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process?.Dispose();
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && _process is { HasExited: false })
            {
                await Task.Delay(50);
            }
        }
    }
}

/// <summary>A test that needs <c>redis-server</c>; skipped with <see cref="RedisServer.MissingMessage"/> when it is absent.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Executable is null) Skip = RedisServer.MissingMessage;
    }
}
