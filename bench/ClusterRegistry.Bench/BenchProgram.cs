using System.Globalization;
using ClusterRegistry.Bench.Generation;
using ClusterRegistry.Bench.Running;

namespace ClusterRegistry.Bench;

/// <summary>
/// <c>generate --clusters N --out file.db</c> writes a synthetic registry;
/// <c>run [--sizes 1000,10000,100000,1000000] [--seconds S] [--rounds R] [--connections C]</c> measures it and
/// writes bench/RESULTS.md; <c>smoke</c> runs every operation briefly on 200 clusters and fails on any error.
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        // The in-process web host would otherwise take SIGTERM/SIGINT for itself and the benchmark loop would go on.
        using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, _ => Environment.Exit(143));
        using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, _ => Environment.Exit(130));
        var options = BenchArguments.Parse(args.Skip(1).ToArray());
        try
        {
            switch (args[0])
            {
                case "generate":
                {
                    var clusters = options.Int("clusters", 1000);
                    var path = options.String("out", Path.Combine(BenchPaths.OutDirectory, $"registry-{clusters}.db"));
                    Console.WriteLine($"Generating {clusters:N0} clusters into {path}");
                    await new RegistryGenerator(Console.Out).GenerateAsync(clusters, path, options.Int("seed", 42));
                    return await GeneratedDataCheck.RunAsync(path, 200, Console.Out) == 0 ? 0 : 1;
                }
                case "run":
                    return await BenchRunner.RunAsync(RunSettings.From(options, smoke: false));
                case "report":
                    return SavedRun.Report();
                case "profile":
                    return await CostProbe.RunAsync(options.Int("size", 10_000), options.Int("iterations", 1000), options.Strings("only")?.FirstOrDefault());
                case "smoke":
                    return await BenchRunner.RunAsync(RunSettings.From(options, smoke: true));
                default:
                    Console.Error.WriteLine($"Unknown command '{args[0]}'.");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (BenchArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    private const string Usage = """
        ClusterRegistry.Bench — see bench/README.md.
          generate --clusters N [--out file.db] [--seed 42]
          run [--sizes 1000,10000,100000,1000000] [--seconds 5] [--rounds 2] [--connections 32] [--ops a,b,...] [--no-results]
          smoke [--seconds 1]
          report                                        (rewrite bench/RESULTS.md from bench/out/results-*.json)
          profile [--size 10000] [--iterations 1000] [--only "GraphQL: ProvincePage"]   (cost of the parts of a page of 50, in-process, no HTTP)
        """;
}

internal sealed class BenchArgumentException(string message) : Exception(message);

internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static BenchArguments Parse(string[] args)
    {
        var parsed = new BenchArguments();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new BenchArgumentException($"Unexpected argument '{args[i]}'.");
            var name = args[i][2..];
            var equals = name.IndexOf('=');
            if (equals >= 0) parsed._values[name[..equals]] = name[(equals + 1)..];
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) parsed._values[name] = args[++i];
            else parsed._values[name] = "true";
        }
        return parsed;
    }

    public string String(string name, string fallback) => _values.GetValueOrDefault(name, fallback);

    public bool Flag(string name) => _values.TryGetValue(name, out var v) && v is "true" or "1" or "yes";

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var v)
            ? int.TryParse(v.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0
                ? i
                : throw new BenchArgumentException($"--{name} takes a whole number, not '{v}'.")
            : fallback;

    public double Double(string name, double fallback) =>
        _values.TryGetValue(name, out var v)
            ? double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0
                ? d
                : throw new BenchArgumentException($"--{name} takes a positive number, not '{v}'.")
            : fallback;

    public IReadOnlyList<int> Ints(string name, IReadOnlyList<int> fallback) =>
        _values.TryGetValue(name, out var v)
            ? v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => ParseSize(s) ?? throw new BenchArgumentException($"--{name}: '{s}' is not a size (e.g. 1000, 10k, 1M)."))
                .ToList()
            : fallback;

    public IReadOnlyList<string>? Strings(string name) =>
        _values.TryGetValue(name, out var v) ? v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null;

    private static int? ParseSize(string s)
    {
        var multiplier = 1;
        if (s.EndsWith('k') || s.EndsWith('K')) { multiplier = 1000; s = s[..^1]; }
        else if (s.EndsWith('m') || s.EndsWith('M')) { multiplier = 1_000_000; s = s[..^1]; }
        return int.TryParse(s.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n * multiplier
            : null;
    }
}

internal static class BenchPaths
{
    /// <summary>bench/, found from the working directory or the executable's location.</summary>
    public static string BenchDirectory { get; } = Find();

    public static string OutDirectory => Path.Combine(BenchDirectory, "out");

    public static string RepositoryRoot => Path.GetDirectoryName(BenchDirectory)!;

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ClusterRegistry.Bench", "ClusterRegistry.Bench.csproj"))) return dir.FullName;
                if (File.Exists(Path.Combine(dir.FullName, "bench", "ClusterRegistry.Bench", "ClusterRegistry.Bench.csproj")))
                    return Path.Combine(dir.FullName, "bench");
            }
        }
        throw new InvalidOperationException("Cannot find bench/ from the working directory or the executable.");
    }
}
