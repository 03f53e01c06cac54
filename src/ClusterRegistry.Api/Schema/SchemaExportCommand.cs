using GraphQL.Types;

namespace ClusterRegistry.Api.Schema;

/// <summary><c>dotnet run --project src/ClusterRegistry.Api -- schema export [path]</c> writes the SDL and exits.</summary>
public static class SchemaExportCommand
{
    public const string DefaultPath = "schema/schema.graphql";

    public static bool TryRun(string[] args, IServiceProvider services)
    {
        if (args is not ["schema", "export", ..]) return false;
        var path = Path.GetFullPath(args.Length > 2 ? args[2] : Path.Combine(FindRepositoryRoot(), DefaultPath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, SchemaSdl.Print(services.GetRequiredService<ISchema>()));
        Console.WriteLine($"Wrote {path}");
        return true;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClusterRegistry.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
