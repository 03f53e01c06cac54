using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ClusterRegistry.Tests.Postgres;

/// <summary>
/// A private PostgreSQL cluster (Debian package <c>postgresql</c>): <c>initdb</c> into a temporary directory, listening
/// on 127.0.0.1 at a free port, removed with its directory when disposed. Run as the <c>postgres</c> OS user when the
/// tests run as root, since <c>initdb</c> and <c>pg_ctl</c> refuse root. The shared server lives until the test process
/// ends; a watchdog then stops it and deletes its directory.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string MissingMessage = "PostgreSQL is not installed: `apt-get install -y postgresql` (the CI script installs it).";

    /// <summary>The directory of initdb/pg_ctl of the newest installed major version, or null.</summary>
    public static string? BinDirectory { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var major) ? major : 0)
            .FirstOrDefault()
        : null;

    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(StartAsync);

    /// <summary>The server shared by every test class of this run; each class makes its own database on it.</summary>
    public static Task<PostgresServer> SharedAsync() => SharedServer.Value;

    private readonly string _directory;
    private bool _disposed;

    private PostgresServer(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }
    public string DataDirectory => Path.Combine(_directory, "data");
    public bool IsRunning { get; private set; }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        MaxPoolSize = 60,
        IncludeErrorDetail = true,
        Timeout = 5,
    }.ConnectionString;

    /// <summary>Unpooled: a pooled connection would be dead after the server restarts.</summary>
    private string AdminConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false }.ConnectionString;

    public static async Task<PostgresServer> StartAsync()
    {
        if (BinDirectory is null) throw new InvalidOperationException(MissingMessage);
        var directory = Directory.CreateTempSubdirectory("cluster-registry-pg-").FullName;
        var server = new PostgresServer(directory, FreePort());
        try
        {
            if (AsRoot) await RunProcessAsync("chown", "postgres:postgres", directory);
            await server.RunAsync("initdb", "-D", server.DataDirectory, "-U", "postgres", "--auth=trust", "--locale=C", "-E", "UTF8", "--no-sync");
            await server.StartAgainAsync();
            server.WatchTestProcess();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the (stopped) server again on the same port and data.</summary>
    public async Task StartAgainAsync()
    {
        await RunAsync("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "30", "-o",
            $"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400",
            "start");
        IsRunning = true;
    }

    /// <summary>
    /// The test host may end before a server is disposed (the shared one lives until the run ends, and a run can be
    /// killed), so a detached watchdog stops the server and deletes its directory once this process is gone.
    /// </summary>
    private void WatchTestProcess()
    {
        var pgCtl = Path.Combine(BinDirectory!, "pg_ctl");
        var stop = AsRoot ? $"runuser -u postgres -- {pgCtl}" : pgCtl;
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; " +
                     $"[ -d '{DataDirectory}' ] && {stop} -D '{DataDirectory}' -m immediate -w stop >/dev/null 2>&1; rm -rf '{_directory}'";
        using var watchdog = Process.Start(new ProcessStartInfo("setsid", ["sh", "-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        });
    }

    /// <summary>Stops the server at once, as a crash or an outage would (connections are cut).</summary>
    public async Task StopAsync()
    {
        await RunAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        IsRunning = false;
    }

    public async Task CreateDatabaseAsync(string name, string? template = null)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        // FILE_COPY: with PostgreSQL 15's default WAL_LOG strategy, a database copied from a template was seen to
        // restart after a crash with its identity sequences behind its rows (new inserts then hit the primary key).
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{(template is null ? "" : $" TEMPLATE \"{template}\" STRATEGY FILE_COPY")}", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DropDatabaseAsync(string name)
    {
        if (!IsRunning) return;
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (IsRunning)
        {
            try { await RunAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop"); }
            catch (InvalidOperationException) { /* already gone */ }
            IsRunning = false;
        }
        // The postmaster may still be removing its pid and socket files for a moment after pg_ctl returns.
        for (var attempt = 1; Directory.Exists(_directory); attempt++)
        {
            try { Directory.Delete(_directory, recursive: true); }
            catch (IOException) when (attempt < 50) { await Task.Delay(100); }
        }
    }

    private async Task RunAsync(string tool, params string[] arguments)
    {
        var executable = Path.Combine(BinDirectory!, tool);
        await (AsRoot ? RunProcessAsync("runuser", ["-u", "postgres", "--", executable, .. arguments]) : RunProcessAsync(executable, arguments));
    }

    private static async Task RunProcessAsync(string executable, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(executable, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
    }

    private static bool AsRoot => Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
