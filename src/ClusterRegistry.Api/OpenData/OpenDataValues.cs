using System.Globalization;

namespace ClusterRegistry.Api.OpenData;

/// <summary>How a value reads as text in every format: invariant numbers, ISO 8601 dates.</summary>
internal static class OpenDataValues
{
    public static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
