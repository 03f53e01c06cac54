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
        Expression? body = null;
        foreach (var part in parts)
        {
            var rebound = Rebind(part, parameter);
            body = body is null ? rebound : join(body, rebound);
        }
        return Expression.Lambda<Func<T, bool>>(body ?? Expression.Constant(identity), parameter);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
