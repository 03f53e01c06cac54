namespace ClusterRegistry.Api.Paging;

/// <summary>One page of a Relay connection. The total is counted only when a client asks for it.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount);

/// <summary>An item with its cursor, encoded only if a client selects it.</summary>
public sealed class Edge<T>(T node, Func<T, string> encode)
{
    private string? _cursor;

    public T Node { get; } = node;
    public string Cursor => _cursor ??= encode(Node);
}

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
