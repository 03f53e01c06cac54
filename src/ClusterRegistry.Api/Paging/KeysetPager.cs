using System.Linq.Expressions;
using ClusterRegistry.Api.Filtering;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Paging;

/// <summary>
/// Cursor paging by keyset: a page starts where the cursor's sort-key values leave off, so page 1,000 costs what
/// page 1 costs (no OFFSET). The order always ends on a unique key, so every row has one place.
/// </summary>
public static class KeysetPager
{
    private static readonly System.Reflection.MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static async Task<Connection<T>> PageAsync<T>(IQueryable<T> filtered, IReadOnlyList<SortKey<T>> order, PageRequest page,
        bool countTotal, CancellationToken ct)
    {
        var effective = page.Backwards ? order.Select(k => k.Reversed()).ToList() : order;
        var cursor = page.Backwards ? page.Before : page.After;
        var query = filtered;
        if (cursor is not null) query = query.Where(Beyond(effective, Cursor.Decode(cursor, order)));

        var rows = page.Size == 0 ? [] : await Ordered(query, effective).Take(page.Size + 1).ToListAsync(ct);
        var hasMore = rows.Count > page.Size;
        if (hasMore) rows.RemoveAt(page.Size);
        if (page.Backwards) rows.Reverse();

        var edges = rows.Select(r => new Edge<T>(r, row => Cursor.Encode(row, order))).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: page.Backwards ? page.Before is not null : hasMore,
            HasPreviousPage: page.Backwards ? hasMore : page.After is not null,
            edges.FirstOrDefault()?.Cursor,
            edges.LastOrDefault()?.Cursor);
        int? total = countTotal ? await filtered.CountAsync(ct) : null;
        return new Connection<T>(edges, pageInfo, total);
    }

    public static IQueryable<T> Ordered<T>(IQueryable<T> query, IReadOnlyList<SortKey<T>> order)
    {
        for (var i = 0; i < order.Count; i++)
        {
            var key = order[i];
            var method = (i == 0, key.Descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            query = query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), method, [typeof(T), key.ValueType],
                query.Expression, Expression.Quote(key.Selector)));
        }
        return query;
    }

    /// <summary>
    /// Rows after the cursor in the given order: k1 ≥ v1 AND (k1 > v1 OR (k1 = v1 AND (k2 > v2 OR …))). The leading
    /// k1 ≥ v1 lets the database seek the index on the first key.
    /// </summary>
    private static Expression<Func<T, bool>> Beyond<T>(IReadOnlyList<SortKey<T>> order, object?[] values)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? condition = null;
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var key = Predicate.Rebind(order[i].Selector, row);
            var value = QueryValue.Of(values[i], order[i].ValueType);
            var beyond = Compare(key, value, order[i].Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
            condition = condition is null ? beyond : Expression.OrElse(beyond, Expression.AndAlso(Expression.Equal(key, value), condition));
        }
        if (order.Count > 1)
        {
            var first = Predicate.Rebind(order[0].Selector, row);
            var seek = Compare(first, QueryValue.Of(values[0], order[0].ValueType),
                order[0].Descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual);
            condition = Expression.AndAlso(seek, condition!);
        }
        return Expression.Lambda<Func<T, bool>>(condition!, row);
    }

    private static Expression Compare(Expression key, Expression value, ExpressionType comparison) =>
        key.Type == typeof(string)
            ? Expression.MakeBinary(comparison, Expression.Call(StringCompare, key, value), Expression.Constant(0))
            : Expression.MakeBinary(comparison, key, value);
}
