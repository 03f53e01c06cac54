using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace ClusterRegistry.Api.Limits;

/// <summary>
/// Refuses an operation with too many aliased fields (the cheap way to repeat an expensive field) or too many root
/// fields. Counts what is written in the executed operation and the fragments it uses, <c>@skip</c>ped or not.
/// Registered for cached documents too, since a cached document may hold another operation.
/// </summary>
internal sealed class OperationShapeRule(QueryLimitsOptions limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is not { } operation)
            return default;

        var rootFields = CountRootFields(operation.SelectionSet, context, []);
        if (rootFields > limits.MaxRootFields)
            context.ReportError(new QueryLimitError(context, QueryLimitErrorCodes.MaxRootFieldsExceeded,
                $"The operation selects {rootFields} root fields; at most {limits.MaxRootFields} are allowed."));

        var fragments = context.GetRecursivelyReferencedFragments(operation) ?? [];
        var aliases = CountAliases(operation.SelectionSet) + fragments.Sum(fragment => CountAliases(fragment.SelectionSet));
        if (aliases > limits.MaxAliases)
            context.ReportError(new QueryLimitError(context, QueryLimitErrorCodes.MaxAliasesExceeded,
                $"The operation uses {aliases} aliases; at most {limits.MaxAliases} are allowed."));
        return default;
    }

    // Fragments spread at the root add their fields to the root; each fragment is counted once, even in a cycle.
    private static int CountRootFields(GraphQLSelectionSet selectionSet, ValidationContext context, HashSet<string> seenFragments) =>
        selectionSet.Selections.Sum(selection => selection switch
        {
            GraphQLField => 1,
            GraphQLInlineFragment inline => CountRootFields(inline.SelectionSet, context, seenFragments),
            GraphQLFragmentSpread spread when seenFragments.Add(spread.FragmentName.Name.StringValue)
                && context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment
                => CountRootFields(fragment.SelectionSet, context, seenFragments),
            _ => 0,
        });

    private static int CountAliases(GraphQLSelectionSet? selectionSet) =>
        selectionSet?.Selections.Sum(selection => selection switch
        {
            GraphQLField field => (field.Alias is null ? 0 : 1) + CountAliases(field.SelectionSet),
            GraphQLInlineFragment inline => CountAliases(inline.SelectionSet),
            _ => 0,
        }) ?? 0;
}
