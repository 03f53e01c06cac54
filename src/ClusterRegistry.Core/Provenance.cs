namespace ClusterRegistry;

/// <summary>Where a registry fact was read: the public source and a note on how it was read.</summary>
public sealed record Provenance(string? SourceUrl, string? Note)
{
    public const int MaxUrlLength = 1000;
    public const int MaxNoteLength = 2000;

    public static Provenance None { get; } = new(null, null);
}
