namespace ClusterRegistry.Clusters;

/// <summary>A filed major change (重大变动报备) of a cluster.</summary>
public sealed class ChangeFiling
{
    public const int MaxDescriptionLength = 2000;

    private ChangeFiling() { }

    internal ChangeFiling(ChangeKind kind, DateOnly changedOn, DateOnly filedOn, string description)
    {
        if (filedOn < changedOn)
            throw new DomainException(DomainError.InvalidDate, "A change cannot be filed before it happens.");
        if (string.IsNullOrWhiteSpace(description) || description.Length > MaxDescriptionLength)
            throw new DomainException(DomainError.InvalidValue, $"A description is required, at most {MaxDescriptionLength} characters.");
        Kind = kind;
        ChangedOn = changedOn;
        FiledOn = filedOn;
        Description = description.Trim();
    }

    public int Id { get; private set; }
    public int ClusterId { get; private set; }
    public ChangeKind Kind { get; private set; }
    public DateOnly ChangedOn { get; private set; }
    public DateOnly FiledOn { get; private set; }
    public string Description { get; private set; } = "";
}
