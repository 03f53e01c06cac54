using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using ClusterRegistry.Api.Limits;
using ClusterRegistry.Api.Schema;
using GraphQL;
using Microsoft.Extensions.Options;

namespace ClusterRegistry.Api.Filtering;

/// <summary>
/// Refuses a <c>where</c> argument that is too broad, too deep or has too long a text operand, before any predicate is
/// built: a flat <c>or</c> of thousands of conditions would otherwise become an expression tree that the query
/// translator walks recursively (a stack overflow) or that the database refuses. Walks the coerced filter objects
/// iteratively, so the walk itself cannot overflow.
/// </summary>
public static class FilterBounds
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesOf = new();

    public static T? Checked<T>(this T? filter, IResolveFieldContext context) where T : class
    {
        if (filter is null) return null;
        var limits = context.RequestServices!.GetRequiredService<IOptions<QueryLimitsOptions>>().Value;
        Check(filter, limits);
        return filter;
    }

    public static void Check(object filter, QueryLimitsOptions limits)
    {
        var conditions = 0;
        var pending = new Stack<(object Node, int Depth)>();
        pending.Push((filter, 1));
        while (pending.TryPop(out var entry))
        {
            if (++conditions > limits.MaxFilterConditions)
                throw Refused($"A filter holds at most {limits.MaxFilterConditions} conditions (objects, `and`/`or` items included).");
            if (entry.Depth > limits.MaxFilterDepth)
                throw Refused($"A filter is nested at most {limits.MaxFilterDepth} levels deep.");
            foreach (var property in PropertiesOf.GetOrAdd(entry.Node.GetType(), Readable))
            {
                switch (property.GetValue(entry.Node))
                {
                    case null: break;
                    case string text: CheckText(text, limits); break;
                    case IEnumerable items:
                        foreach (var item in items)
                        {
                            if (item is string itemText) CheckText(itemText, limits);
                            else if (IsCondition(item)) pending.Push((item!, entry.Depth + 1));
                        }
                        break;
                    case var value when IsCondition(value): pending.Push((value, entry.Depth + 1)); break;
                }
            }
        }
    }

    private static void CheckText(string text, QueryLimitsOptions limits)
    {
        if (text.Length > limits.MaxFilterTextLength)
            throw Refused($"A text operand in a filter is at most {limits.MaxFilterTextLength} characters.");
    }

    // Nested filter objects; values (numbers, dates, enums) need no walk.
    private static bool IsCondition(object? value) => value is not null && !value.GetType().IsValueType;

    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray();

    private static ExecutionError Refused(string message) => new(message) { Code = ErrorCodes.InvalidFilter };
}
