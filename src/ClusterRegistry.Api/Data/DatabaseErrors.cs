using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace ClusterRegistry.Api.Data;

/// <summary>
/// What a provider's exception means for the caller, in one place per provider: a duplicate key (the request repeats
/// a record that exists), or a statement the database refuses for its size (the request asked for too much).
/// </summary>
public static class DatabaseErrors
{
    /// <summary>SQLite reports error 19 (constraint); SQL Server 2601/2627 (duplicate key).</summary>
    public static bool IsUniqueViolation(Exception e) => Innermost(e) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>
    /// SQLite: "Expression tree is too large", "LIKE or GLOB pattern too complex", too many SQL variables or terms;
    /// SQL Server: 191 (nested too deeply), 8623/8632 (query processor or expression services limit), 2100 (parameters).
    /// </summary>
    public static bool IsStatementTooLarge(Exception e) => Innermost(e) switch
    {
        SqliteException { SqliteErrorCode: 1 or 18 } sqlite => sqlite.Message.Contains("too large", StringComparison.OrdinalIgnoreCase)
            || sqlite.Message.Contains("too complex", StringComparison.OrdinalIgnoreCase)
            || sqlite.Message.Contains("too many", StringComparison.OrdinalIgnoreCase),
        SqlException sql => sql.Number is 191 or 8623 or 8632 or 2100,
        _ => false,
    };

    private static Exception Innermost(Exception e)
    {
        for (var current = e; ; current = current.InnerException!)
            if (current is SqliteException or SqlException || current.InnerException is null) return current;
    }
}
