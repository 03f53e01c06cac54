using ClusterRegistry.Clusters;

namespace ClusterRegistry.Policies;

/// <summary>A support measure (Art. 8) issued by an authority for one or more clusters.</summary>
public sealed class PolicySupport
{
    private readonly List<Cluster> _clusters = [];

    private PolicySupport() { }

    public PolicySupport(
        PolicySupportKind kind,
        AuthorityLevel issuingLevel,
        string issuingAuthority,
        string title,
        DateOnly startsOn,
        DateOnly? endsOn,
        decimal? amountCny,
        Provenance provenance)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > Cluster.MaxNameLength)
            throw new DomainException(DomainError.InvalidValue, $"A title is required, at most {Cluster.MaxNameLength} characters.");
        if (string.IsNullOrWhiteSpace(issuingAuthority) || issuingAuthority.Length > Cluster.MaxNameLength)
            throw new DomainException(DomainError.InvalidValue, $"An issuing authority is required, at most {Cluster.MaxNameLength} characters.");
        if (endsOn is { } end && end < startsOn)
            throw new DomainException(DomainError.InvalidDate, "A policy cannot end before it starts.");
        if (amountCny is < 0)
            throw new DomainException(DomainError.InvalidValue, "An amount cannot be negative.");
        Kind = kind;
        IssuingLevel = issuingLevel;
        IssuingAuthority = issuingAuthority.Trim();
        Title = title.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
        AmountCny = amountCny;
        Provenance = provenance;
    }

    public int Id { get; private set; }
    public PolicySupportKind Kind { get; private set; }
    public AuthorityLevel IssuingLevel { get; private set; }
    public string IssuingAuthority { get; private set; } = "";
    public string Title { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public decimal? AmountCny { get; private set; }
    public Provenance Provenance { get; private set; } = Provenance.None;
    public IReadOnlyList<Cluster> Clusters => _clusters;

    public void ApplyTo(Cluster cluster)
    {
        if (!_clusters.Contains(cluster)) _clusters.Add(cluster);
    }
}
