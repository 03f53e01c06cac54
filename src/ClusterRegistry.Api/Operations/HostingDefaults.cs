namespace ClusterRegistry.Api.Operations;

/// <summary>Where the app finds its settings and static files when it is started from anywhere.</summary>
public static class HostingDefaults
{
    /// <summary>
    /// The content root is the working directory when it holds the app's settings (<c>dotnet run</c> in the project),
    /// otherwise the app's own folder, so that <c>dotnet path/to/ClusterRegistry.Api.dll</c> works from any folder. A
    /// content root given with <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> is left alone.
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var configured = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        var workingDirectoryHasSettings = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"));
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = configured || workingDirectoryHasSettings ? null : AppContext.BaseDirectory,
        };
    }
}
