using System.Linq.Expressions;

namespace ClusterRegistry.Api.Filtering;

/// <summary>Composes predicates over one parameter: the pieces of a <c>where</c> argument become one lambda.</summary>
public static class Predicate
{
    public static Expression<Func<T, bool>> And<T>(IEnumerable<Expression<Func<T, bool>>> parts) => Combine(parts, Expression.AndAlso, true);

    public static Expression<Func<T, bool>> Or<T>(IEnumerable<Expression<Func<T, bool>>> parts) => Combine(parts, Expression.OrElse, false);

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    /// <summary>Applies a predicate on a member (e.g. a string filter on <c>c.NameZh</c>) to the entity.</summary>
    public static Expression<Func<T, bool>> On<T, TMember>(Expression<Func<T, TMember>> member, Expression<Func<TMember, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Rebind(predicate, member.Body), member.Parameters);

    /// <summary>The body of <paramref name="lambda"/> with its single parameter replaced.</summary>
    public static Expression Rebind(LambdaExpression lambda, Expression replacement) =>
        new Replace(lambda.Parameters[0], replacement).Visit(lambda.Body);

    private static Expression<Func<T, bool>> Combine<T>(IEnumerable<Expression<Func<T, bool>>> parts,
        Func<Expression, Expression, BinaryExpression> join, bool identity)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var bodies = parts.Select(part => Rebind(part, parameter)).ToList();
        return Expression.Lambda<Func<T, bool>>(bodies.Count == 0 ? Expression.Constant(identity) : Balanced(bodies, join), parameter);
    }

    /// <summary>
    /// Joins the parts as a balanced tree, so the depth grows with the logarithm of their number: EF Core and the
    /// database walk expression trees recursively.
    /// </summary>
    public static Expression Balanced(IReadOnlyList<Expression> parts, Func<Expression, Expression, BinaryExpression> join)
    {
        var level = parts.ToList();
        while (level.Count > 1)
        {
            var next = new List<Expression>((level.Count + 1) / 2);
            for (var i = 0; i < level.Count; i += 2)
                next.Add(i + 1 < level.Count ? join(level[i], level[i + 1]) : level[i]);
            level = next;
        }
        return level[0];
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
