using System.Text;

namespace ClusterRegistry.Api.Schema;

/// <summary>Opaque global ids: base64 of "TypeName:key", as Relay and HotChocolate write them.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, object key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    public static bool TryDecode(string? id, out string typeName, out string key)
    {
        typeName = key = "";
        if (string.IsNullOrEmpty(id) || id.Length > 200) return false;
        var bytes = new byte[(id.Length * 3 + 3) / 4];
        if (!Convert.TryFromBase64String(id, bytes, out var length)) return false;
        var text = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1) return false;
        typeName = text[..colon];
        key = text[(colon + 1)..];
        return true;
    }

    public static int? TryDecodeInt(string? id, string expectedTypeName) =>
        TryDecode(id, out var type, out var key) && type == expectedTypeName && int.TryParse(key, out var value) && value > 0
            ? value
            : null;
}
