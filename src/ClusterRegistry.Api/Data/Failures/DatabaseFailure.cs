namespace ClusterRegistry.Api.Data.Failures;

/// <summary>What a failed database command means for a request, whatever the provider said.</summary>
public abstract record DatabaseFailure
{
    /// <summary>
    /// A unique index refused a row. Named by the database's index name, or by table and columns where that is all
    /// the provider reports (SQLite).
    /// </summary>
    public sealed record UniqueViolation(string? IndexName, string? Table = null, IReadOnlyList<string>? Columns = null) : DatabaseFailure;

    /// <summary>Another transaction got in the way (a stale concurrency token, serialization failure, deadlock): running again may succeed.</summary>
    public sealed record Contention : DatabaseFailure;

    /// <summary>The database cannot be reached, or it is shutting down or starting.</summary>
    public sealed record Unavailable : DatabaseFailure;

    /// <summary>
    /// The database refused a statement for its size or complexity. The filter limits keep statements small, so this
    /// is the caller's request being too large, not a fault.
    /// </summary>
    public sealed record StatementTooLarge : DatabaseFailure;

    public static readonly DatabaseFailure ContentionFailure = new Contention();
    public static readonly DatabaseFailure UnavailableFailure = new Unavailable();
    public static readonly DatabaseFailure StatementTooLargeFailure = new StatementTooLarge();
}
