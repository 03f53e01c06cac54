using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClusterRegistry.Bench.Hosting;

/// <summary>What the in-process server counts while a round runs: requests, failures, SQL statements.</summary>
internal sealed class ServerCounters
{
    private long _requests;
    private long _inFlight;
    private long _aborted;
    private long _failures;
    private long _graphQLErrors;
    private long _sqlStatements;
    private volatile bool _capturing;
    private readonly ConcurrentQueue<CapturedCommand> _captured = new();

    public string? LastFailure { get; private set; }

    public void Request()
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref _inFlight);
    }

    public void Completed() => Interlocked.Decrement(ref _inFlight);

    /// <summary>A request the client gave up on (wrk closes its connections when a round ends): not a failure.</summary>
    public void Aborted() => Interlocked.Increment(ref _aborted);

    public long InFlight => Interlocked.Read(ref _inFlight);

    /// <summary>Waits until the requests still running from a finished round are done, so they count in no other round.</summary>
    public async Task DrainAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (InFlight > 0 && DateTime.UtcNow < until) await Task.Delay(5);
    }

    public void Failure(string description)
    {
        Interlocked.Increment(ref _failures);
        LastFailure = description;
    }

    public void GraphQLError(string message)
    {
        Interlocked.Increment(ref _graphQLErrors);
        LastFailure = "GraphQL error: " + message;
    }

    public void Statement(DbCommand command)
    {
        Interlocked.Increment(ref _sqlStatements);
        if (_capturing)
            _captured.Enqueue(new CapturedCommand(command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
    }

    public Snapshot Take() => new(Interlocked.Read(ref _requests), Interlocked.Read(ref _failures), Interlocked.Read(ref _graphQLErrors),
        Interlocked.Read(ref _sqlStatements), GC.GetTotalAllocatedBytes(precise: true), Interlocked.Read(ref _aborted),
        Environment.CpuUsage.TotalTime.TotalMilliseconds);

    /// <summary>Records the SQL statements sent from now until <see cref="StopCapture"/> (for EXPLAIN QUERY PLAN).</summary>
    public void StartCapture()
    {
        _captured.Clear();
        _capturing = true;
    }

    public IReadOnlyList<CapturedCommand> StopCapture()
    {
        _capturing = false;
        return _captured.ToList();
    }

    /// <param name="CpuMs">CPU time of this process (the server; wrk runs in its own process).</param>
    public readonly record struct Snapshot(long Requests, long Failures, long GraphQLErrors, long SqlStatements, long AllocatedBytes, long Aborted,
        double CpuMs)
    {
        public static Snapshot operator -(Snapshot a, Snapshot b) => new(a.Requests - b.Requests, a.Failures - b.Failures,
            a.GraphQLErrors - b.GraphQLErrors, a.SqlStatements - b.SqlStatements, a.AllocatedBytes - b.AllocatedBytes, a.Aborted - b.Aborted,
            a.CpuMs - b.CpuMs);
    }
}

internal sealed record CapturedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>Counts every SQL statement EF Core sends, whichever context sends it.</summary>
internal sealed class SqlStatementCounter(ServerCounters counters) : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        counters.Statement(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        counters.Statement(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        counters.Statement(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        counters.Statement(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        counters.Statement(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        counters.Statement(command);
        return ValueTask.FromResult(result);
    }
}
