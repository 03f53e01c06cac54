using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace ClusterRegistry.Api.Limits;

/// <summary>
/// GraphQL.NET's complexity analysis with <see cref="QueryCost"/> estimates, refusing with a stable code per limit.
/// The cost depends on variables (<c>first: $n</c>) and on the selected operation, so the rule is registered for
/// cached documents too.
/// </summary>
internal sealed class QueryCostRule(QueryLimitsOptions limits, ILogger<QueryCostRule> logger) : ComplexityValidationRule(new ComplexityOptions
{
    MaxDepth = limits.MaxDepth,
    MaxComplexity = limits.MaxComplexity,
    DefaultComplexityImpactDelegate = context => QueryCost.Estimate(context, limits),
})
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        logger.LogDebug("Operation {Operation}: cost {Cost}, depth {Depth}", context.Operation.Name?.StringValue, totalComplexity, maxDepth);
        if (maxDepth > limits.MaxDepth)
            context.ReportError(new QueryLimitError(context, QueryLimitErrorCodes.MaxDepthExceeded,
                $"The operation is nested {maxDepth} levels deep; at most {limits.MaxDepth} are allowed."));
        if (totalComplexity > limits.MaxComplexity)
            context.ReportError(new QueryLimitError(context, QueryLimitErrorCodes.MaxComplexityExceeded,
                $"The operation's estimated cost is {totalComplexity:0}; at most {limits.MaxComplexity} is allowed. Ask for smaller pages or fewer fields."));
        return ValueTask.CompletedTask;
    }
}
