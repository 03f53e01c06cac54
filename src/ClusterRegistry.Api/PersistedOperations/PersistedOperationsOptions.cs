namespace ClusterRegistry.Api.PersistedOperations;

/// <summary>Bound from the <c>PersistedOperations</c> configuration section.</summary>
public sealed class PersistedOperationsOptions
{
    public const string SectionName = "PersistedOperations";

    /// <summary>
    /// When true, callers who are not registry officials may only run stored operations (by <c>documentId</c>);
    /// officials may still send documents.
    /// </summary>
    public bool AnonymousOnlyPersisted { get; set; }
}
