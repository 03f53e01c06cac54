using System.Net.Http.Headers;
using System.Text;

namespace ClusterRegistry.Tests.Hostile;

/// <summary>
/// One hostile request: raw method, path, headers and body bytes, and optionally the status and
/// <c>extensions.code</c> it must be refused with (so that the case fails when the defence it exercises breaks).
/// </summary>
public sealed record HostileCase(string Family, string Name, string Method, string Path, byte[]? Body,
    string? ContentType = "application/json", IReadOnlyDictionary<string, string>? Headers = null,
    int? ExpectedStatus = null, string? ExpectedCode = null)
{
    public override string ToString() => $"{Family}: {Name}";

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
            if (!request.Headers.TryAddWithoutValidation(name, value))
                request.Content?.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
