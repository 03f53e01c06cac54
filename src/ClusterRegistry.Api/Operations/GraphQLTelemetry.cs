using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ClusterRegistry.Api.Operations;

/// <summary>The activity source and meter of GraphQL execution, named so that OpenTelemetry can subscribe to them.</summary>
public static class GraphQLTelemetry
{
    public const string Name = "ClusterRegistry.GraphQL";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>
    /// Seconds per executed operation, by operation type and outcome. The client-chosen operation name is left out
    /// on purpose: it would let callers grow the number of series without bound.
    /// </summary>
    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "graphql.server.operation.duration", unit: "s", description: "Duration of GraphQL operations executed by the registry.");
}
