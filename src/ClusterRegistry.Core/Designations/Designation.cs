using ClusterRegistry.Batches;

namespace ClusterRegistry.Designations;

/// <summary>A cluster's identification at one level from one batch, with its reviews and any revocation.</summary>
public sealed class Designation
{
    /// <summary>Validity of an identification, and of each extension by a passed review (集群有效期为三年).</summary>
    public const int ValidityYears = 3;

    private readonly List<Review> _reviews = [];

    private Designation() { }

    internal Designation(IdentificationBatch batch, DateOnly validFrom, DateOnly validUntil, Provenance provenance)
    {
        if (validUntil <= validFrom)
            throw new DomainException(DomainError.InvalidDate, "Validity must end after it starts.");
        if (validFrom.Year < batch.Year || validFrom > batch.ValidUntil)
            throw new DomainException(DomainError.InvalidDate,
                $"Validity starts between the batch year {batch.Year} and the end of the batch's validity ({batch.ValidUntil:yyyy-MM-dd}).");
        if (ExceedsValidity(validFrom, validUntil))
            throw new DomainException(DomainError.InvalidDate, $"An identification is valid for at most {ValidityYears} years.");
        Batch = batch;
        BatchId = batch.Id;
        Level = batch.Level;
        ValidFrom = validFrom;
        InitialValidUntil = validUntil;
        ValidUntil = validUntil;
        Provenance = provenance;
    }

    /// <summary>
    /// Whether a validity from <paramref name="validFrom"/> to <paramref name="validUntil"/> is longer than allowed. A start
    /// whose full validity would run past the calendar's last year is refused too, rather than overflowing the date.
    /// </summary>
    internal static bool ExceedsValidity(DateOnly validFrom, DateOnly validUntil) =>
        validFrom.Year > DateOnly.MaxValue.Year - ValidityYears || validUntil > validFrom.AddYears(ValidityYears);

    public int Id { get; private set; }
    public int ClusterId { get; private set; }
    public int BatchId { get; private set; }
    public IdentificationBatch Batch { get; private set; } = null!;
    public DesignationLevel Level { get; private set; }
    public DateOnly ValidFrom { get; private set; }

    /// <summary>The end of validity as announced with the batch.</summary>
    public DateOnly InitialValidUntil { get; private set; }

    /// <summary>The end of validity after every passed review.</summary>
    public DateOnly ValidUntil { get; private set; }

    public Revocation? Revocation { get; private set; }
    public IReadOnlyList<Review> Reviews => _reviews;
    public Provenance Provenance { get; private set; } = Provenance.None;
    public byte[] Version { get; private set; } = [];

    public bool IsRevoked => Revocation is not null;

    public DesignationStatus StatusOn(DateOnly date) => Timeline.StatusOn(date);

    public DesignationTimeline Timeline => new(ClusterId, Level, ValidFrom, InitialValidUntil, Revocation?.RevokedOn,
        [.. _reviews.Where(r => r.Outcome == ReviewOutcome.Passed && r.ExtendedUntil is not null)
            .Select(r => new Extension(r.DecidedOn, r.ExtendedUntil!.Value))]);

    /// <summary>
    /// Reviews are called as validity runs out (the 2022 batch was reviewed during 2025, its last year), so an
    /// outcome may be recorded from the first day of the validity's final year.
    /// </summary>
    public DateOnly ReviewOpensOn => ValidUntil.AddYears(-1).AddDays(1);

    internal Review RecordReview(ReviewOutcome outcome, DateOnly decidedOn, string? document, Provenance provenance)
    {
        if (IsRevoked)
            throw new DomainException(DomainError.DesignationRevoked, "A revoked designation cannot be reviewed.");
        if (decidedOn < ReviewOpensOn)
            throw new DomainException(DomainError.ReviewNotDue,
                $"Validity runs until {ValidUntil:yyyy-MM-dd}; a review can be recorded from {ReviewOpensOn:yyyy-MM-dd}.");
        if (_reviews.Any(r => r.DecidedOn > decidedOn))
            throw new DomainException(DomainError.InvalidDate, "A review cannot be dated before an earlier recorded review.");

        DateOnly? extendedUntil = outcome == ReviewOutcome.Passed ? ValidUntil.AddYears(ValidityYears) : null;
        var review = new Review(outcome, decidedOn, document, extendedUntil, provenance);
        _reviews.Add(review);
        if (extendedUntil is { } end) ValidUntil = end;
        else Revoke(RevocationGround.ReviewFailed, decidedOn, document, "Failed review (复核未通过).");
        return review;
    }

    internal void Revoke(RevocationGround ground, DateOnly revokedOn, string? document, string? note)
    {
        if (IsRevoked)
            throw new DomainException(DomainError.DesignationRevoked, "The designation is already revoked.");
        if (revokedOn < new DateOnly(Batch.Year, 1, 1))
            throw new DomainException(DomainError.InvalidDate, "A revocation cannot predate the designation's batch.");
        if (revokedOn < ValidFrom)
            throw new DomainException(DomainError.InvalidDate,
                $"A revocation cannot be dated before the designation is valid (from {ValidFrom:yyyy-MM-dd}).");
        Revocation = new Revocation(ground, revokedOn, document, note);
    }

    /// <summary>Whether this designation still holds (or will hold) the cluster's place at its level on the date.</summary>
    internal bool OccupiesLevelOn(DateOnly date) => !IsRevoked && date <= ValidUntil;
}
