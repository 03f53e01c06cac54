using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ClusterRegistry.Bench.Running;

internal sealed record StartupResult(string Scenario, double? Seconds, string? Error)
{
    /// <summary>The 1-minute load average when the measurement ended.</summary>
    public double LoadAverage { get; init; } = Reporting.MachineInfo.LoadAverage();
}

/// <summary>
/// Starts the Release build of ClusterRegistry.Api (its own Program.cs, migrate-and-seed on start-up as configured
/// by default) as a separate process and times process start to the first answered GraphQL request.
/// </summary>
internal static class StartupProbe
{
    public static string ApiDll => Path.Combine(BenchPaths.RepositoryRoot, "src", "ClusterRegistry.Api", "bin", "Release", "net10.0", "ClusterRegistry.Api.dll");

    public static async Task<StartupResult> MeasureAsync(string scenario, string databasePath, TimeSpan limit)
    {
        if (!File.Exists(ApiDll)) return new(scenario, null, $"{ApiDll} is missing (build the bench in Release)");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(ApiDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ApiDll);
        // Development: the API refuses to start in Production without an Entra ID registration (AzureAd section).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Registry"] = $"Data Source={databasePath}";
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (watch.Elapsed < limit)
            {
                if (process.HasExited) return new(scenario, null, $"the API exited with {process.ExitCode}: {Tail(output)}");
                try
                {
                    using var content = new StringContent("{\"query\":\"{ clusters(first: 1) { edges { cursor } } }\"}", Encoding.UTF8, "application/json");
                    using var response = await http.PostAsync("/graphql", content);
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.IsSuccessStatusCode && body.Contains("\"cursor\"", StringComparison.Ordinal))
                        return new(scenario, watch.Elapsed.TotalSeconds, null);
                    return new(scenario, null, $"first answer was HTTP {(int)response.StatusCode}: {body[..Math.Min(200, body.Length)]}");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(10);
                }
            }
            return new(scenario, null, $"no answer within {limit.TotalSeconds:F0} s");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString();
            return text.Length > 600 ? text[^600..] : text;
        }
    }
}
