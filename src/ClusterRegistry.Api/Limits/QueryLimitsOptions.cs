namespace ClusterRegistry.Api.Limits;

/// <summary>Limits on the shape and cost of a GraphQL operation, bound from the <c>QueryLimits</c> configuration section.</summary>
public sealed class QueryLimitsOptions
{
    public const string SectionName = "QueryLimits";

    /// <summary>Deepest nesting of fields with selections. The standard introspection query needs 13.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest estimated cost: each field costs 1, times the sizes of the lists it sits in.</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Estimated size of a list that is not paged (designations, children, introspection lists…).</summary>
    public int ListSizeEstimate { get; set; } = 10;

    /// <summary>What an introspection field costs relative to a data field: introspection is answered from memory.</summary>
    public double IntrospectionCostFactor { get; set; } = 0.05;

    /// <summary>Most aliased fields in the executed operation and the fragments it uses.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most fields directly in the executed operation's selection set.</summary>
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Longest an execution may run before it is cancelled and answered with <c>EXECUTION_TIMEOUT</c>.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
