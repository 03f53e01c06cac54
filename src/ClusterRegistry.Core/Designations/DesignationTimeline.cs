using ClusterRegistry.Batches;

namespace ClusterRegistry.Designations;

/// <summary>
/// The dates a designation's status depends on, so that a status can be told without loading the whole designation
/// (its batch, documents and notes). <see cref="Designation.StatusOn"/> is this rule applied to the designation's own timeline.
/// </summary>
public sealed record DesignationTimeline(
    int ClusterId, DesignationLevel Level, DateOnly ValidFrom, DateOnly InitialValidUntil, DateOnly? RevokedOn,
    IReadOnlyList<Extension> Extensions)
{
    public DesignationStatus StatusOn(DateOnly date)
    {
        if (RevokedOn <= date) return DesignationStatus.Revoked;
        if (date < ValidFrom) return DesignationStatus.NotYetValid;
        if (date <= InitialValidUntil || Extensions.Any(e => e.Covers(date))) return DesignationStatus.Active;
        return DesignationStatus.ReviewPending;
    }
}

/// <summary>The validity a passed review adds, from its decision to its new end.</summary>
public readonly record struct Extension(DateOnly DecidedOn, DateOnly Until)
{
    public bool Covers(DateOnly date) => DecidedOn <= date && date <= Until;
}
