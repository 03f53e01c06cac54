namespace ClusterRegistry.Data.Import;

/// <summary>
/// The registry's data files, embedded in the assembly so the product never reads outside itself. A test may
/// replace single files (e.g. an older release of the clusters list) through <see cref="With"/>.
/// </summary>
public sealed class SeedFiles
{
    public const string Provinces = "regions-provinces.csv";
    public const string Prefectures = "regions-cities.csv";
    public const string Counties = "regions-areas.csv";
    public const string Industries = "industries-gbt4754-2017.csv";
    public const string NationalBatches = "batches-national.csv";
    public const string NationalClusters = "clusters-national.csv";
    public const string IndustryClassification = "industry-classification.csv";

    public static readonly SeedFiles Embedded = new(new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> _replaced;

    private SeedFiles(IReadOnlyDictionary<string, string> replaced) => _replaced = replaced;

    /// <summary>These files with one replaced by the given CSV text.</summary>
    public SeedFiles With(string file, string csv) => new(new Dictionary<string, string>(_replaced) { [file] = csv });

    /// <summary>The text of an embedded file.</summary>
    public static string EmbeddedText(string file)
    {
        using var reader = new StreamReader(OpenEmbedded(file));
        return reader.ReadToEnd();
    }

    public IEnumerable<IReadOnlyDictionary<string, string>> Rows(string file)
    {
        using var reader = _replaced.TryGetValue(file, out var csv) ? new StringReader(csv) : (TextReader)new StreamReader(OpenEmbedded(file));
        foreach (var row in CsvRows.Read(reader)) yield return row;
    }

    private static Stream OpenEmbedded(string file) =>
        typeof(SeedFiles).Assembly.GetManifestResourceStream($"ClusterRegistry.Seed.{file}")
        ?? throw new InvalidOperationException($"Seed file {file} is not embedded.");
}
