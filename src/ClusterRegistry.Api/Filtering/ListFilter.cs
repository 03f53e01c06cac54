using System.Linq.Expressions;
using System.Reflection;

namespace ClusterRegistry.Api.Filtering;

/// <summary>Conditions on a list field: some, all or none of its items match.</summary>
public sealed class ListFilter<TItemFilter> where TItemFilter : class
{
    public TItemFilter? Some { get; set; }
    public TItemFilter? All { get; set; }
    public TItemFilter? None { get; set; }
    public bool? Any { get; set; }
}

public static class ListFilterPredicates
{
    private static readonly MethodInfo AnyWithPredicate = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);
    private static readonly MethodInfo AnyOfAll = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 1);
    private static readonly MethodInfo AllWithPredicate = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.All));

    public static Expression<Func<T, bool>> ToPredicate<T, TItem, TItemFilter>(
        this ListFilter<TItemFilter> filter,
        Expression<Func<T, IEnumerable<TItem>>> items,
        Func<TItemFilter, Expression<Func<TItem, bool>>> translate)
        where TItemFilter : class
    {
        var parts = new List<Expression<Func<T, bool>>>();
        if (filter.Some is not null) parts.Add(Over(items, AnyWithPredicate, translate(filter.Some)));
        if (filter.All is not null) parts.Add(Over(items, AllWithPredicate, translate(filter.All)));
        if (filter.None is not null) parts.Add(Predicate.Not(Over(items, AnyWithPredicate, translate(filter.None))));
        if (filter.Any is { } any)
        {
            var nonEmpty = Expression.Lambda<Func<T, bool>>(
                Expression.Call(AnyOfAll.MakeGenericMethod(typeof(TItem)), items.Body), items.Parameters);
            parts.Add(any ? nonEmpty : Predicate.Not(nonEmpty));
        }
        return Predicate.And(parts);
    }

    private static Expression<Func<T, bool>> Over<T, TItem>(
        Expression<Func<T, IEnumerable<TItem>>> items, MethodInfo method,
        Expression<Func<TItem, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(method.MakeGenericMethod(typeof(TItem)), items.Body, predicate), items.Parameters);
}
