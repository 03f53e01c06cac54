namespace ClusterRegistry.Tests.Infrastructure;

/// <summary>The repository's top folder, found from the test's working directory.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ClusterRegistry.sln"))) return dir.FullName;
        throw new InvalidOperationException("ClusterRegistry.sln not found above " + AppContext.BaseDirectory);
    }
}
