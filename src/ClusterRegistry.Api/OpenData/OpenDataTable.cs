using System.Runtime.CompilerServices;
using ClusterRegistry.Data;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.OpenData;

/// <summary>One downloadable table of the registry (clusters, designations, batches), whatever the file format.</summary>
public interface IOpenDataTable
{
    string Name { get; }
    string Title { get; }
    string Description { get; }
    IReadOnlyList<OpenDataColumn> Columns { get; }

    /// <summary>The rows as values in column order, read in keyset chunks so memory stays flat however large the registry.</summary>
    IAsyncEnumerable<object?[]> RowsAsync(IDbContextFactory<RegistryDbContext> contexts, DateOnly statusOn, CancellationToken ct);
}

/// <summary>A table whose rows are read by id in chunks, each on a short-lived context (no long-running reader or transaction).</summary>
public sealed class OpenDataTable<TRow>(
    string name, string title, string description, IReadOnlyList<OpenDataColumn<TRow>> columns,
    Func<RegistryDbContext, int, int, DateOnly, CancellationToken, Task<IReadOnlyList<(int Id, TRow Row)>>> chunk) : IOpenDataTable
{
    public const int ChunkSize = 2000;

    public string Name => name;
    public string Title => title;
    public string Description => description;
    public IReadOnlyList<OpenDataColumn> Columns => columns;

    public async IAsyncEnumerable<object?[]> RowsAsync(IDbContextFactory<RegistryDbContext> contexts, DateOnly statusOn,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var after = 0;
        while (true)
        {
            IReadOnlyList<(int Id, TRow Row)> rows;
            await using (var db = await contexts.CreateDbContextAsync(ct)) rows = await chunk(db, after, ChunkSize, statusOn, ct);
            foreach (var (_, row) in rows)
            {
                var values = new object?[columns.Count];
                for (var i = 0; i < values.Length; i++) values[i] = columns[i].Value(row);
                yield return values;
            }
            if (rows.Count < ChunkSize) yield break;
            after = rows[^1].Id;
        }
    }
}
