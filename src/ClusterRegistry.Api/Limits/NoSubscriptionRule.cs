using GraphQL.Validation;
using GraphQLParser.AST;

namespace ClusterRegistry.Api.Limits;

/// <summary>
/// Refuses a subscription with 400 before execution (the registry has no subscription type, and GraphQL.NET would
/// fail executing one). Registered for cached documents too: a cached document may hold a subscription beside the
/// query it was cached for.
/// </summary>
internal sealed class NoSubscriptionRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { Operation: OperationType.Subscription })
            context.ReportError(new QueryLimitError(context, QueryLimitErrorCodes.UnsupportedOperation,
                "Subscriptions are not supported; send a query or a mutation."));
        return default;
    }
}
