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
}
