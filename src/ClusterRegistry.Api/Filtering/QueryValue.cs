using System.Linq.Expressions;

namespace ClusterRegistry.Api.Filtering;

/// <summary>
/// Puts a value into an expression tree as a captured variable, not a constant, so EF Core sends it as a SQL
/// parameter and reuses one compiled query for every value.
/// </summary>
public static class QueryValue
{
    public static Expression Of(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    public static Expression Of<T>(T value) => Of(value, typeof(T));

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
