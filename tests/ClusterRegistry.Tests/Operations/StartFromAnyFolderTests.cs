using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ClusterRegistry.Tests.Infrastructure;

namespace ClusterRegistry.Tests.Operations;

/// <summary>
/// The built API started as a new user starts it: <c>dotnet path/to/ClusterRegistry.Api.dll</c> from another folder,
/// with the address given the standard ASP.NET Core ways, and stopped right after it started.
/// </summary>
public sealed class StartFromAnyFolderTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_app_runs_from_any_folder_on_the_address_it_is_given_and_stops_quietly(bool addressAsArgument)
    {
        var folder = Directory.CreateTempSubdirectory("cluster-registry-start-");
        var port = FreePort();
        var address = $"http://127.0.0.1:{port}";
        var apiFolder = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ConnectionStrings__Registry"] = $"Data Source={Path.Combine(folder.FullName, "registry.db")}",
                ["Logging__Console__FormatterName"] = "simple",
            },
        };
        start.ArgumentList.Add(Path.Combine(apiFolder, "ClusterRegistry.Api.dll"));
        if (addressAsArgument)
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(address);
        }
        else start.Environment["ASPNETCORE_URLS"] = address;

        var output = new StringBuilder();
        string Output()
        {
            lock (output) return output.ToString();
        }
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(5) };
            // Generous: the limit only keeps a broken build from hanging the suite.
            var limit = Stopwatch.StartNew();
            while (!await IsLiveAsync(client))
            {
                Assert.False(process.HasExited, $"The API exited: {Output()}");
                Assert.True(limit.Elapsed < TimeSpan.FromSeconds(120), $"The API did not answer on {address}: {Output()}");
                await Task.Delay(200);
            }

            // Right after start-up, while the facet cache warms in the background.
            Assert.Equal(0, Kill(process.Id, SigTerm));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }

        var log = Output();
        Assert.Contains($"Content root path: {apiFolder}", log);
        Assert.DoesNotContain("Exception", log);
        Assert.DoesNotContain("localhost:5000", log);
    }

    private static async Task<bool> IsLiveAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("/health/live");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private const int SigTerm = 15;

    // SIGTERM, as a service manager stops the app; Process.Kill would send SIGKILL.
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
