using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClusterRegistry.Api.OpenData;

/// <summary>A JSON array of objects keyed by column name; integers as numbers, dates as ISO 8601 strings.</summary>
public sealed class JsonFormat : IOpenDataFormat
{
    private const int FlushThreshold = 32 * 1024;
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Extension => "json";
    public string MediaType => "application/json; charset=utf-8";

    public async Task WriteAsync(HttpResponse response, IOpenDataTable table, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        var names = table.Columns.Select(c => JsonEncodedText.Encode(c.Name)).ToArray();
        await using var json = new Utf8JsonWriter(response.Body, Options);
        json.WriteStartArray();
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Length; i++)
            {
                switch (row[i])
                {
                    case null: json.WriteNull(names[i]); break;
                    case int number: json.WriteNumber(names[i], number); break;
                    default: json.WriteString(names[i], OpenDataValues.Text(row[i])); break;
                }
            }
            json.WriteEndObject();
            if (json.BytesPending > FlushThreshold) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        await json.FlushAsync(ct);
    }
}
