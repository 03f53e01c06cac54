using System.Linq.Expressions;
using ClusterRegistry.Api.Schema;
using GraphQL;

namespace ClusterRegistry.Api.Filtering;

internal static class OperationLists
{
    public const int MaxItems = 100;

    public static Expression IsIn<TValue>(Expression field, List<TValue> values)
    {
        if (values.Count > MaxItems)
            throw new ExecutionError($"An `in` or `nin` list holds at most {MaxItems} values.") { Code = ErrorCodes.InvalidFilter };
        var list = QueryValue.Of(values, typeof(List<TValue>));
        return Expression.Call(list, typeof(List<TValue>).GetMethod(nameof(List<TValue>.Contains))!, Convert(field, typeof(TValue)));
    }

    public static Expression AllOf(IReadOnlyList<Expression> parts) =>
        parts.Count == 0 ? Expression.Constant(true) : Predicate.Balanced(parts, Expression.AndAlso);

    private static Expression Convert(Expression field, Type type) => field.Type == type ? field : Expression.Convert(field, type);
}
