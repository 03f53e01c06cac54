using CsvHelper;

namespace ClusterRegistry.Data.Import;

/// <summary>Reads comma-separated CSV with a header row into rows keyed by the header's names (CsvHelper; a BOM is skipped).</summary>
public static class CsvRows
{
    private static readonly CsvReaderOptions Options = new() { Separator = ',', SkipEmptyLines = true };

    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(TextReader text)
    {
        using var csv = CsvReader.Create(text, Options, leaveOpen: true);
        var header = csv.Headers.ToArray();
        while (csv.Read())
        {
            if (csv.FieldCount != header.Length)
                throw new FormatException($"Record {csv.RowNumber} has {csv.FieldCount} fields where the header has {header.Length}.");
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) row[header[i]] = csv.GetString(i);
            yield return row;
        }
    }
}
