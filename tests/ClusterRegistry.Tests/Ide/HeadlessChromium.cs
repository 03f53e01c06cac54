using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClusterRegistry.Tests.Ide;

/// <summary>A headless Chromium process with its own profile, driven over the DevTools protocol.</summary>
public sealed partial class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly Uri _devTools;

    private HeadlessChromium(Process process, string profile, Uri devTools)
    {
        _process = process;
        _profile = profile;
        _devTools = devTools;
    }

    public static async Task<HeadlessChromium> StartAsync()
    {
        var profile = Directory.CreateTempSubdirectory("cluster-registry-chromium-").FullName;
        var start = new ProcessStartInfo(Chromium.ExecutablePath ?? throw new InvalidOperationException("Chromium is not installed."))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--window-size=1400,900",
                     "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
                 })
            start.ArgumentList.Add(argument);

        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        // Drained so that a full pipe cannot stall the browser.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        // With port 0 the browser picks a free port and announces it on stderr.
        var announced = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } text && DevToolsAnnouncement().Match(text) is { Success: true } match)
                announced.TrySetResult(new Uri($"http://{match.Groups["hostAndPort"].Value}/"));
        };
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => announced.TrySetException(new InvalidOperationException($"Chromium exited with {process.ExitCode}."));
        return new HeadlessChromium(process, profile, await announced.Task.WaitAsync(TimeSpan.FromSeconds(60)));
    }

    /// <summary>Opens a new tab and connects to it.</summary>
    public async Task<DevToolsPage> OpenPageAsync()
    {
        using var http = new HttpClient { BaseAddress = _devTools };
        using var response = await http.PutAsync("json/new?about:blank", null);
        response.EnsureSuccessStatusCode();
        var target = await response.Content.ReadFromJsonAsync<JsonElement>();
        return await DevToolsPage.ConnectAsync(new Uri(target.GetProperty("webSocketDebuggerUrl").GetString()!));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A helper process may still hold a file for a moment; the temp folder is cleaned eventually anyway.
        }
    }

    [GeneratedRegex(@"DevTools listening on ws://(?<hostAndPort>[^/]+)/")]
    private static partial Regex DevToolsAnnouncement();
}
