using Microsoft.Data.Sqlite;

namespace ClusterRegistry.Api.Data.Failures;

/// <summary>SQLite's result codes as registry failures.</summary>
internal static class SqliteFailures
{
    private const int Error = 1, Busy = 5, Locked = 6, TooBig = 18, ConstraintUnique = 2067, ConstraintPrimaryKey = 1555;
    private const string UniquePrefix = "UNIQUE constraint failed: ";

    public static DatabaseFailure? Classify(SqliteException e) => e.SqliteExtendedErrorCode switch
    {
        ConstraintUnique or ConstraintPrimaryKey => Unique(e.Message),
        _ when e.SqliteErrorCode is Busy or Locked => DatabaseFailure.ContentionFailure,
        _ when e.SqliteErrorCode is Error or TooBig && IsAboutSize(e.Message) => DatabaseFailure.StatementTooLargeFailure,
        _ => null,
    };

    // "Expression tree is too large", "LIKE or GLOB pattern too complex", "too many SQL variables" / "too many terms".
    private static bool IsAboutSize(string message) =>
        message.Contains("too large", StringComparison.OrdinalIgnoreCase)
        || message.Contains("too complex", StringComparison.OrdinalIgnoreCase)
        || message.Contains("too many", StringComparison.OrdinalIgnoreCase);

    // "SQLite Error 19: 'UNIQUE constraint failed: Batches.Level, Batches.Year, Batches.ProvinceCode'."
    private static DatabaseFailure Unique(string message)
    {
        var start = message.IndexOf(UniquePrefix, StringComparison.Ordinal);
        if (start < 0) return new DatabaseFailure.UniqueViolation(null);
        var columns = message[(start + UniquePrefix.Length)..].TrimEnd('\'', '.').Split(", ");
        var table = columns[0].Split('.')[0];
        return new DatabaseFailure.UniqueViolation(null, table, columns.Select(c => c[(c.IndexOf('.') + 1)..]).ToList());
    }
}
