using GraphQL.Types;

namespace ClusterRegistry.Api.Schema;

/// <summary>An enum whose type and every value carry a description; values are CONSTANT_CASE.</summary>
public abstract class DescribedEnumType<TEnum> : EnumerationGraphType<TEnum> where TEnum : Enum
{
    protected DescribedEnumType(string description, IReadOnlyDictionary<TEnum, string> values)
    {
        Name = typeof(TEnum).Name;
        Description = description;
        foreach (var value in Values)
        {
            var clr = (TEnum)value.Value!;
            value.Description = values.TryGetValue(clr, out var text)
                ? text
                : throw new InvalidOperationException($"{typeof(TEnum).Name}.{clr} has no description.");
        }
    }
}
