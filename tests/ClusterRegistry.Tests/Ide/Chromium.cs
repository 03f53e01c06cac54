namespace ClusterRegistry.Tests.Ide;

/// <summary>Where the Chromium browser is: <c>CHROMIUM_PATH</c>, else the first of the usual names on the PATH.</summary>
public static class Chromium
{
    public static string? ExecutablePath { get; } = Find();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured)
            return File.Exists(configured) ? configured : null;
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A test that drives a real browser; skipped, saying why, only where no Chromium is installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.ExecutablePath is null)
            Skip = "Chromium is not installed (Debian: apt-get install chromium; or set CHROMIUM_PATH).";
    }
}

/// <summary>A theory that drives a real browser; skipped, saying why, only where no Chromium is installed.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (Chromium.ExecutablePath is null)
            Skip = "Chromium is not installed (Debian: apt-get install chromium; or set CHROMIUM_PATH).";
    }
}
