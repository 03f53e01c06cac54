using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClusterRegistry.Tests.Infrastructure;

/// <summary>Counts the SQL statements the API sends, to prove batching keeps them constant.</summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private int _count;
    private readonly List<string> _statements = [];

    public int Count => Volatile.Read(ref _count);

    /// <summary>The statements counted since the last reset, for a failing assertion to show.</summary>
    public IReadOnlyList<string> Statements
    {
        get { lock (_statements) return [.. _statements]; }
    }

    public void Reset()
    {
        lock (_statements)
        {
            Interlocked.Exchange(ref _count, 0);
            _statements.Clear();
        }
    }

    private void Record(DbCommand command)
    {
        lock (_statements) _statements.Add(command.CommandText);
        Interlocked.Increment(ref _count);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
