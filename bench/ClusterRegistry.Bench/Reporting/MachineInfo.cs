using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ClusterRegistry.Bench.Running;
using Microsoft.Data.Sqlite;

namespace ClusterRegistry.Bench.Reporting;

/// <summary>Where and how a run was measured.</summary>
internal sealed record MachineInfo(string Date, int Cores, string Cpu, string Memory, string Os, string Runtime, string Sqlite, string Commit,
    string Driver, string Settings)
{
    public static MachineInfo Collect(string driver, RunSettings settings)
    {
        var cpu = TryRead("/proc/cpuinfo")?.Split('\n').FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var os = TryRead("/etc/os-release")?.Split('\n').FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"') ?? RuntimeInformation.OSDescription;
        var memory = Run("free", "-h")?.Split('\n').FirstOrDefault(l => l.StartsWith("Mem:", StringComparison.Ordinal)) is { } mem
            ? "free -h: " + string.Join(' ', mem.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2)) + " total"
            : "unknown";
        string sqlite;
        using (var connection = new SqliteConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "select sqlite_version()";
            sqlite = "SQLite " + command.ExecuteScalar();
        }
        var head = Run("git", "-C", BenchPaths.RepositoryRoot, "rev-parse", "--short", "HEAD")?.Trim() ?? "unknown";
        var dirty = Run("git", "-C", BenchPaths.RepositoryRoot, "status", "--porcelain", "--", "src")?.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
        var commit = dirty > 0 ? $"{head} + {dirty} uncommitted changes in src/" : head;
        var run = settings.Smoke
            ? $"smoke: {settings.Seconds:0.#} s per API per operation, {settings.Connections} connections"
            : $"{settings.Rounds} × {settings.Seconds:0.#} s rounds per API per operation (GraphQL and REST alternating), " +
              $"{settings.WarmupSeconds:0.#} s warm-up each, {settings.Connections} connections";
        return new MachineInfo(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), Environment.ProcessorCount, cpu, memory,
            os, RuntimeInformation.FrameworkDescription, sqlite, commit, driver, run);
    }

    public string Describe() =>
        $"{Date}; {Cores} cores ({Cpu}), {Memory}; {Os}; {Runtime}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC; {Sqlite}; commit {Commit}; load: {Driver}; {Settings}.";

    /// <summary>The 1-minute load average, or -1 where /proc/loadavg cannot be read.</summary>
    public static double LoadAverage() =>
        TryRead("/proc/loadavg")?.Split(' ')[0] is { } first && double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : -1;

    private static string? TryRead(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static string? Run(string file, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start);
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
