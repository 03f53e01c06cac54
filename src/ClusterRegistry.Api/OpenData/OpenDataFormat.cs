namespace ClusterRegistry.Api.OpenData;

/// <summary>A file format the tables are downloadable in.</summary>
public interface IOpenDataFormat
{
    /// <summary>The file extension, without the dot.</summary>
    string Extension { get; }

    string MediaType { get; }

    Task WriteAsync(HttpResponse response, IOpenDataTable table, IAsyncEnumerable<object?[]> rows, CancellationToken ct);
}
