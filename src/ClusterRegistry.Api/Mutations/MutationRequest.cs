namespace ClusterRegistry.Api.Mutations;

/// <summary>
/// The mutations of one HTTP request: whether they are being checked before they run (see
/// <see cref="MultiMutationPreflight"/>), and how many have committed.
/// </summary>
public sealed class MutationRequest
{
    /// <summary>While true, mutations decide whether the official may make them, and then write nothing.</summary>
    public bool CheckingOnly { get; set; }

    private int _committed;

    public int Committed => Volatile.Read(ref _committed);

    internal void RecordCommit() => Interlocked.Increment(ref _committed);
}
