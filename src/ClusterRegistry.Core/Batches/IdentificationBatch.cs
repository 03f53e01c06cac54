namespace ClusterRegistry.Batches;

/// <summary>
/// One round of identification: MIIT's yearly national list, or a province's own list.
/// </summary>
public sealed class IdentificationBatch
{
    private IdentificationBatch() { }

    public IdentificationBatch(
        DesignationLevel level,
        int year,
        string? provinceCode,
        string issuingAuthority,
        DateOnly validFrom,
        DateOnly validUntil,
        Provenance provenance)
    {
        if (level == DesignationLevel.Provincial && provinceCode is not { Length: 2 })
            throw new DomainException(DomainError.InvalidRegion, "A provincial batch names its province by its 2-digit code.");
        if (level == DesignationLevel.National && provinceCode is not null)
            throw new DomainException(DomainError.InvalidRegion, "A national batch belongs to no province.");
        if (year is < 2000 or > 2100)
            throw new DomainException(DomainError.InvalidDate, $"{year} is not a plausible batch year.");
        if (validUntil <= validFrom)
            throw new DomainException(DomainError.InvalidDate, "A batch's validity must end after it starts.");
        if (validFrom.Year < year || Designations.Designation.ExceedsValidity(validFrom, validUntil))
            throw new DomainException(DomainError.InvalidDate,
                $"A batch's validity starts in or after its year and lasts at most {Designations.Designation.ValidityYears} years.");
        if (string.IsNullOrWhiteSpace(issuingAuthority))
            throw new DomainException(DomainError.InvalidValue, "The issuing authority is required.");
        Level = level;
        Year = year;
        ProvinceCode = provinceCode;
        IssuingAuthority = issuingAuthority;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        Provenance = provenance;
    }

    public int Id { get; private set; }
    public DesignationLevel Level { get; private set; }
    public int Year { get; private set; }
    public string? ProvinceCode { get; private set; }
    public string IssuingAuthority { get; private set; } = "";
    public string? NoticeDocument { get; private set; }
    public DateOnly? NoticeDate { get; private set; }
    public string? AnnouncementDocument { get; private set; }
    public DateOnly? AnnouncementDate { get; private set; }

    /// <summary>The validity the batch's announcement gives its designations, unless one says otherwise.</summary>
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidUntil { get; private set; }

    /// <summary>How the validity dates were read (e.g. "announced as 2023–2025" or derived from "three years").</summary>
    public string? ValidityNote { get; private set; }

    /// <summary>A batch-level review fact where per-cluster outcomes are not known (e.g. 97 of 100 passed).</summary>
    public string? ReviewSummary { get; private set; }

    public Provenance Provenance { get; private set; } = Provenance.None;
    public byte[] Version { get; private set; } = [];

    public IdentificationBatch WithNotice(string? document, DateOnly? date)
    {
        NoticeDocument = document;
        NoticeDate = date;
        return this;
    }

    public IdentificationBatch WithAnnouncement(string? document, DateOnly? date)
    {
        AnnouncementDocument = document;
        AnnouncementDate = date;
        return this;
    }

    public IdentificationBatch WithNotes(string? validityNote, string? reviewSummary)
    {
        ValidityNote = validityNote;
        ReviewSummary = reviewSummary;
        return this;
    }
}
