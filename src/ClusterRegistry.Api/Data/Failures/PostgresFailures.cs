using Npgsql;

namespace ClusterRegistry.Api.Data.Failures;

/// <summary>PostgreSQL's SQLSTATEs as registry failures.</summary>
internal static class PostgresFailures
{
    public static DatabaseFailure? Classify(NpgsqlException e) => e switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique => new DatabaseFailure.UniqueViolation(unique.ConstraintName),
        PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } =>
            DatabaseFailure.ContentionFailure,
        // Class 08 (connection exception); 57P01-57P03: the server is shutting down, crashed, or not accepting connections yet.
        PostgresException { SqlState: var state } when state.StartsWith("08", StringComparison.Ordinal)
            || state is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow =>
            DatabaseFailure.UnavailableFailure,
        // 54001: stack depth limit exceeded (a deeply nested expression); 54000/54011/54023: program limits.
        PostgresException { SqlState: "54000" or "54001" or "54011" or "54023" } => DatabaseFailure.StatementTooLargeFailure,
        PostgresException => null,
        // No server error at all: the connection could not be opened, broke, or timed out.
        _ => DatabaseFailure.UnavailableFailure,
    };
}
