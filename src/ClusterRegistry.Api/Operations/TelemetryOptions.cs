using OpenTelemetry.Exporter;

namespace ClusterRegistry.Api.Operations;

/// <summary>Configuration section <c>OpenTelemetry</c>: where, if anywhere, traces, metrics and logs are exported.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "cluster-registry-api";

    /// <summary>The collector's base address; nothing is exported when it is not set.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> (default, usually port 4317) or <c>HttpProtobuf</c> (usually 4318).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;
}
