using System.Globalization;
using System.Text;
using System.Text.Json;
using ClusterRegistry.Api.Schema;
using GraphQL;

namespace ClusterRegistry.Api.Paging;

/// <summary>An opaque cursor: the row's sort-key values, base64-encoded JSON. It is only valid for the same order.</summary>
public static class Cursor
{
    public static string Encode<T>(T row, IReadOnlyList<SortKey<T>> order)
    {
        var values = order.Select(k => k.Read(row) switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            var v => v,
        });
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new { o = string.Join(',', order.Select(Describe)), v = values }));
    }

    public static object?[] Decode<T>(string cursor, IReadOnlyList<SortKey<T>> order)
    {
        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)));
            if (json.RootElement.GetProperty("o").GetString() != string.Join(',', order.Select(Describe)))
                throw Invalid("the cursor was issued for another sort order");
            var values = json.RootElement.GetProperty("v").EnumerateArray().ToArray();
            if (values.Length != order.Count) throw Invalid("it does not match the sort order");
            return order.Select((key, i) => Read(values[i], key.ValueType)).ToArray();
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw Invalid("it is malformed");
        }
    }

    private static string Describe<T>(SortKey<T> key) => key.Descending ? key.Name + "-" : key.Name;

    private static object? Read(JsonElement value, Type type)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return value.GetString();
        if (underlying == typeof(int)) return value.GetInt32();
        if (underlying == typeof(DateOnly)) return DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        throw new InvalidOperationException($"No cursor encoding for {type}.");
    }

    private static ExecutionError Invalid(string why) => new($"Invalid cursor: {why}.") { Code = ErrorCodes.InvalidCursor };
}
