using System.Linq.Expressions;

namespace ClusterRegistry.Api.Filtering;

/// <summary>Operators on a number or date field.</summary>
public class ComparableOperationFilter<TValue> where TValue : struct
{
    public TValue? Eq { get; set; }
    public TValue? Neq { get; set; }
    public List<TValue>? In { get; set; }
    public List<TValue>? Nin { get; set; }
    public TValue? Gt { get; set; }
    public TValue? Gte { get; set; }
    public TValue? Lt { get; set; }
    public TValue? Lte { get; set; }

    public Expression<Func<T, bool>> ToPredicate<T>(Expression<Func<T, TValue>> member)
    {
        var field = member.Body;
        var parts = new List<Expression>();
        void Add(TValue? value, Func<Expression, Expression, Expression> op)
        {
            if (value is { } v) parts.Add(op(field, QueryValue.Of(v)));
        }
        Add(Eq, Expression.Equal);
        Add(Neq, Expression.NotEqual);
        Add(Gt, Expression.GreaterThan);
        Add(Gte, Expression.GreaterThanOrEqual);
        Add(Lt, Expression.LessThan);
        Add(Lte, Expression.LessThanOrEqual);
        if (In is not null) parts.Add(OperationLists.IsIn(field, In));
        if (Nin is not null) parts.Add(Expression.Not(OperationLists.IsIn(field, Nin)));
        return Expression.Lambda<Func<T, bool>>(OperationLists.AllOf(parts), member.Parameters);
    }
}

public sealed class IntOperationFilter : ComparableOperationFilter<int>;

public sealed class DateOperationFilter : ComparableOperationFilter<DateOnly>;
