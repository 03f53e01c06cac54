using System.Linq.Expressions;

namespace ClusterRegistry.Designations;

/// <summary>
/// <see cref="Designation.StatusOn"/> as a query predicate, so the database filters by status on a date.
/// A test checks both agree on every transition.
/// </summary>
public static class DesignationStatusFilter
{
    public static Expression<Func<Designation, bool>> HasStatusOn(DesignationStatus status, DateOnly date) => status switch
    {
        DesignationStatus.Revoked => d => d.Revocation != null && d.Revocation.RevokedOn <= date,
        DesignationStatus.NotYetValid => d => !(d.Revocation != null && d.Revocation.RevokedOn <= date) && date < d.ValidFrom,
        DesignationStatus.Active => d => !(d.Revocation != null && d.Revocation.RevokedOn <= date) && d.ValidFrom <= date
            && (date <= d.InitialValidUntil
                || d.Reviews.Any(r => r.Outcome == ReviewOutcome.Passed && r.DecidedOn <= date && r.ExtendedUntil >= date)),
        DesignationStatus.ReviewPending => d => !(d.Revocation != null && d.Revocation.RevokedOn <= date) && d.ValidFrom <= date
            && date > d.InitialValidUntil
            && !d.Reviews.Any(r => r.Outcome == ReviewOutcome.Passed && r.DecidedOn <= date && r.ExtendedUntil >= date),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>
    /// Each designation's status on a date as a query projection, built from the predicates above (checked in the
    /// rule's order: revoked, not yet valid, active, else review pending).
    /// </summary>
    public static Expression<Func<Designation, DesignationWithStatus>> StatusOn(DateOnly date)
    {
        var designation = Expression.Parameter(typeof(Designation), "d");
        Expression Holds(DesignationStatus status)
        {
            var predicate = HasStatusOn(status, date);
            return new Rebinder(predicate.Parameters[0], designation).Visit(predicate.Body);
        }
        Expression status = Expression.Constant(DesignationStatus.ReviewPending);
        foreach (var earlier in new[] { DesignationStatus.Active, DesignationStatus.NotYetValid, DesignationStatus.Revoked })
            status = Expression.Condition(Holds(earlier), Expression.Constant(earlier), status);
        var body = Expression.MemberInit(Expression.New(typeof(DesignationWithStatus)),
            Expression.Bind(typeof(DesignationWithStatus).GetProperty(nameof(DesignationWithStatus.ClusterId))!,
                Expression.Property(designation, nameof(Designation.ClusterId))),
            Expression.Bind(typeof(DesignationWithStatus).GetProperty(nameof(DesignationWithStatus.Status))!, status));
        return Expression.Lambda<Func<Designation, DesignationWithStatus>>(body, designation);
    }

    private sealed class Rebinder(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

public sealed class DesignationWithStatus
{
    public int ClusterId { get; init; }
    public DesignationStatus Status { get; init; }
}
