using CsvHelper;

namespace ClusterRegistry.Api.OpenData;

/// <summary>RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel opens the Chinese text correctly.</summary>
public sealed class CsvFormat : IOpenDataFormat
{
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true };

    public string Extension => "csv";
    public string MediaType => "text/csv; charset=utf-8";

    public async Task WriteAsync(HttpResponse response, IOpenDataTable table, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(response.Body, Options, leaveOpen: true);
        foreach (var column in table.Columns) csv.WriteField(column.Name);
        await csv.EndRecordAsync(ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var value in row) csv.WriteField(OpenDataValues.Text(value));
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }
}
