namespace ClusterRegistry.Api.Operations;

/// <summary>What one HTTP request executed, for the request log line; set by <see cref="GraphQLOperationTracing"/>.</summary>
public sealed class GraphQLOperationFeature
{
    /// <summary><c>query</c>, <c>mutation</c> or <c>subscription</c>; null when the request did not get as far as choosing an operation.</summary>
    public string? OperationType { get; set; }

    public string? OperationName { get; set; }
}
