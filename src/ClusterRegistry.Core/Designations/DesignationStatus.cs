namespace ClusterRegistry.Designations;

public enum DesignationStatus
{
    /// <summary>Identified, but the validity period has not begun.</summary>
    NotYetValid = 1,
    /// <summary>Within its validity period (as first announced, or as extended by a passed review).</summary>
    Active = 2,
    /// <summary>Validity has ended and no review outcome is recorded.</summary>
    ReviewPending = 3,
    /// <summary>The identification was revoked (撤销认定), including for a failed review.</summary>
    Revoked = 4,
}
