using System.Globalization;
using System.Text;

namespace ClusterRegistry.Api.Import;

/// <summary>The data version a dry run saw (the newest audit event id), handed back to commit exactly that.</summary>
public static class ImportToken
{
    private const string Prefix = "registry-version:";

    public static string Encode(long version) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + version.ToString(CultureInfo.InvariantCulture)));

    public static long? Decode(string token)
    {
        var bytes = new byte[(token.Length * 3 + 3) / 4];
        return token.Length <= 100 && Convert.TryFromBase64String(token, bytes, out var length)
            && Encoding.UTF8.GetString(bytes, 0, length) is var text && text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }
}
