using System.Linq.Expressions;
using System.Reflection;

namespace ClusterRegistry.Api.Filtering;

/// <summary>Operators on a text field. Matching is exact for eq/in and case-sensitive substring matching for the rest.</summary>
public sealed class StringOperationFilter
{
    private static readonly MethodInfo ContainsMethod = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWithMethod = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    public string? Eq { get; set; }
    public string? Neq { get; set; }
    public List<string>? In { get; set; }
    public List<string>? Nin { get; set; }
    public string? Contains { get; set; }
    public string? Ncontains { get; set; }
    public string? StartsWith { get; set; }
    public string? EndsWith { get; set; }

    public Expression<Func<T, bool>> ToPredicate<T>(Expression<Func<T, string?>> member)
    {
        var field = member.Body;
        var parts = new List<Expression>();
        if (Eq is not null) parts.Add(Expression.Equal(field, QueryValue.Of(Eq)));
        if (Neq is not null) parts.Add(Expression.NotEqual(field, QueryValue.Of(Neq)));
        if (In is not null) parts.Add(OperationLists.IsIn(field, In));
        if (Nin is not null) parts.Add(Expression.Not(OperationLists.IsIn(field, Nin)));
        if (Contains is not null) parts.Add(Call(field, ContainsMethod, Contains));
        if (Ncontains is not null) parts.Add(Expression.Not(Call(field, ContainsMethod, Ncontains)));
        if (StartsWith is not null) parts.Add(Call(field, StartsWithMethod, StartsWith));
        if (EndsWith is not null) parts.Add(Call(field, EndsWithMethod, EndsWith));
        return Expression.Lambda<Func<T, bool>>(OperationLists.AllOf(parts), member.Parameters);
    }

    /// <summary>Null fields never match a text operator.</summary>
    private static Expression Call(Expression field, MethodInfo method, string value) =>
        Expression.AndAlso(Expression.NotEqual(field, Expression.Constant(null, typeof(string))),
            Expression.Call(field, method, QueryValue.Of(value)));
}
