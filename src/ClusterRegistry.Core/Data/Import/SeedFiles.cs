namespace ClusterRegistry.Data.Import;

/// <summary>The registry's data files, embedded in the assembly so the product never reads outside itself.</summary>
internal static class SeedFiles
{
    public const string Provinces = "regions-provinces.csv";
    public const string Prefectures = "regions-cities.csv";
    public const string Counties = "regions-areas.csv";
    public const string Industries = "industries-gbt4754-2017.csv";
    public const string NationalBatches = "batches-national.csv";
    public const string NationalClusters = "clusters-national.csv";

    public static IEnumerable<IReadOnlyDictionary<string, string>> Rows(string file)
    {
        using var stream = typeof(SeedFiles).Assembly.GetManifestResourceStream($"ClusterRegistry.Seed.{file}")
            ?? throw new InvalidOperationException($"Seed file {file} is not embedded.");
        using var reader = new StreamReader(stream);
        foreach (var row in CsvReader.Read(reader)) yield return row;
    }
}
