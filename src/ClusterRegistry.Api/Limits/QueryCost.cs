using ClusterRegistry.Api.Paging;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace ClusterRegistry.Api.Limits;

/// <summary>
/// Estimates what a field costs: 1 for the field itself, and a multiplier for what is selected under it — the page
/// size for a connection's <c>edges</c> and <c>nodes</c> (its <c>first</c> or <c>last</c>, else the default page size),
/// the number of ids for a list looked up by <c>ids</c>, and <see cref="QueryLimitsOptions.ListSizeEstimate"/> for any
/// other list. Introspection (<c>__schema</c>, <c>__type</c>) counts at <see cref="QueryLimitsOptions.IntrospectionCostFactor"/>,
/// as it is answered from memory; <c>__Schema.types</c> counts the schema's real number of types.
/// </summary>
internal static class QueryCost
{
    public static FieldComplexityResult Estimate(FieldImpactContext context, QueryLimitsOptions limits)
    {
        var schema = context.ValidationContext.Schema;
        if (context.FieldDefinition == schema.SchemaMetaFieldType || context.FieldDefinition == schema.TypeMetaFieldType)
            return new(limits.IntrospectionCostFactor, limits.IntrospectionCostFactor);
        if (!IsList(context.FieldDefinition.ResolvedType))
            return new(1, 1);
        if (PageSize(context.Arguments) is { } ownPage)
            return new(1, ownPage);
        if (context.Arguments?.TryGetValue("ids", out var ids) == true && ids.Value is System.Collections.ICollection idList)
            return new(1, idList.Count);
        if (context.Parent is { } parent && !IsList(parent.FieldDefinition.ResolvedType) && IsPaged(parent.FieldDefinition))
            return new(1, PageSize(parent.Arguments) ?? PageRequest.DefaultSize);
        return new(1, limits.ListSizeEstimate);
    }

    private static bool IsList(IGraphType? type) =>
        (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    private static bool IsPaged(FieldType field) => field.Arguments?.Find("first") is not null;

    private static int? PageSize(IDictionary<string, GraphQL.Execution.ArgumentValue>? arguments)
    {
        if (arguments is null) return null;
        foreach (var name in (ReadOnlySpan<string>)["first", "last"])
            if (arguments.TryGetValue(name, out var value) && value.Value is int size)
                return size;
        return null;
    }
}
