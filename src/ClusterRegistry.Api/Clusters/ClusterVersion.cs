namespace ClusterRegistry.Api.Clusters;

/// <summary>A cluster's concurrency version as clients see it: opaque base64.</summary>
public static class ClusterVersion
{
    public static string Encode(byte[] version) => Convert.ToBase64String(version);

    public static byte[]? Decode(string version)
    {
        var bytes = new byte[(version.Length * 3 + 3) / 4];
        return Convert.TryFromBase64String(version, bytes, out var length) && length > 0 ? bytes[..length] : null;
    }
}
