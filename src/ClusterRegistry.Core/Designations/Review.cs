namespace ClusterRegistry.Designations;

/// <summary>A review (复核) of a designation at the end of its validity.</summary>
public sealed class Review
{
    private Review() { }

    internal Review(ReviewOutcome outcome, DateOnly decidedOn, string? document, DateOnly? extendedUntil, Provenance provenance)
    {
        Outcome = outcome;
        DecidedOn = decidedOn;
        Document = document;
        ExtendedUntil = extendedUntil;
        Provenance = provenance;
    }

    public int Id { get; private set; }
    public int DesignationId { get; private set; }
    public ReviewOutcome Outcome { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public string? Document { get; private set; }

    /// <summary>For a pass, the new end of validity: three years after the end it extends.</summary>
    public DateOnly? ExtendedUntil { get; private set; }

    public Provenance Provenance { get; private set; } = Provenance.None;
}
