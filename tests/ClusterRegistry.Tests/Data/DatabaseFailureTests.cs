using System.Reflection;
using ClusterRegistry.Api.Data.Failures;
using ClusterRegistry.Migrations.SqlServer;
using ClusterRegistry.Migrations.Postgres;
using ClusterRegistry.Migrations.Sqlite;
using ClusterRegistry.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClusterRegistry.Tests.Data;

/// <summary>
/// Each provider's errors, constructed as the provider raises them, map to the same failures and the same rules.
/// SQL Server cannot run here, so its exceptions are built by reflection with the numbers and messages it sends.
/// </summary>
public class DatabaseFailureTests
{
    public static TheoryData<string, DomainError> Indexes() => new()
    {
        { "IX_Batches_Level_Year_ProvinceCode", DomainError.DuplicateBatch },
        { "IX_Designations_BatchId_ClusterId", DomainError.DuplicateDesignation },
        { "IX_AnnualReports_ClusterId_ReportingYear", DomainError.DuplicateReport },
    };

    [Theory]
    [MemberData(nameof(Indexes))]
    public void A_sql_server_duplicate_key_in_a_unique_index_names_its_rule(string index, DomainError rule)
    {
        var e = Wrap(SqlServerError(2601, $"Cannot insert duplicate key row in object 'dbo.X' with unique index '{index}'. The duplicate key value is (1, 2)."));
        Assert.Equal(rule, RuleOf(new SqlServerDesignTimeFactory().CreateDbContext([]), e));
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void A_sql_server_unique_constraint_violation_names_its_rule(string index, DomainError rule)
    {
        var e = Wrap(SqlServerError(2627, $"Violation of UNIQUE KEY constraint '{index}'. Cannot insert duplicate key in object 'dbo.X'."));
        Assert.Equal(rule, RuleOf(new SqlServerDesignTimeFactory().CreateDbContext([]), e));
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void A_postgres_unique_violation_names_its_rule(string index, DomainError rule)
    {
        var e = Wrap(PostgresError(PostgresErrorCodes.UniqueViolation, index));
        Assert.Equal(rule, RuleOf(new PostgresDesignTimeFactory().CreateDbContext([]), e));
    }

    [Theory]
    [InlineData("Batches.Level, Batches.Year, Batches.ProvinceCode", DomainError.DuplicateBatch)]
    [InlineData("Designations.BatchId, Designations.ClusterId", DomainError.DuplicateDesignation)]
    [InlineData("AnnualReports.ClusterId, AnnualReports.ReportingYear", DomainError.DuplicateReport)]
    public void A_sqlite_unique_violation_names_its_rule_by_its_columns(string columns, DomainError rule)
    {
        var e = Wrap(new SqliteException($"SQLite Error 19: 'UNIQUE constraint failed: {columns}'.", 19, 2067));
        Assert.Equal(rule, RuleOf(new SqliteDesignTimeFactory().CreateDbContext([]), e));
    }

    [Fact]
    public void An_unknown_unique_index_is_a_violation_without_a_rule()
    {
        var e = Wrap(PostgresError(PostgresErrorCodes.UniqueViolation, "IX_Somewhere_Else"));
        Assert.Null(RuleOf(new PostgresDesignTimeFactory().CreateDbContext([]), e));
    }

    public static TheoryData<Exception> Contention() =>
    [
        Wrap(SqlServerError(1205, "Transaction (Process ID 52) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.")),
        Wrap(PostgresError(PostgresErrorCodes.SerializationFailure)),
        Wrap(PostgresError(PostgresErrorCodes.DeadlockDetected)),
        Wrap(new SqliteException("SQLite Error 5: 'database is locked'.", 5, 5)),
        new DbUpdateConcurrencyException("stale"),
    ];

    [Theory]
    [MemberData(nameof(Contention))]
    public void Deadlocks_serialization_failures_and_stale_tokens_are_contention(Exception e) =>
        Assert.IsType<DatabaseFailure.Contention>(DatabaseFailures.Of(e));

    public static TheoryData<Exception> Unreachable() =>
    [
        SqlServerError(-2, "Execution Timeout Expired."),
        SqlServerError(10054, "A transport-level error has occurred when receiving results from the server."),
        new InvalidOperationException("wrapped", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111))),
        PostgresError(PostgresErrorCodes.AdminShutdown),
        PostgresError(PostgresErrorCodes.CannotConnectNow),
        PostgresError("08006"),
        new InvalidOperationException("Connection is not open") { Source = "Npgsql" },
    ];

    [Theory]
    [MemberData(nameof(Unreachable))]
    public void Lost_connections_and_shutdowns_are_unavailability(Exception e) =>
        Assert.IsType<DatabaseFailure.Unavailable>(DatabaseFailures.Of(e));

    public static TheoryData<Exception> TooLarge() =>
    [
        SqlServerError(8623, "The query processor ran out of internal resources and could not produce a query plan."),
        new SqliteException("SQLite Error 1: 'Expression tree is too large (maximum depth 1000)'.", 1),
        new SqliteException("SQLite Error 1: 'LIKE or GLOB pattern too complex'.", 1),
        PostgresError("54001"),
    ];

    [Theory]
    [MemberData(nameof(TooLarge))]
    public void Statements_refused_for_their_size_are_the_callers_request_being_too_large(Exception e) =>
        Assert.IsType<DatabaseFailure.StatementTooLarge>(DatabaseFailures.Of(e));

    public static TheoryData<Exception> Others() =>
    [
        SqlServerError(547, "The INSERT statement conflicted with the FOREIGN KEY constraint 'FK_x'."),
        PostgresError(PostgresErrorCodes.ForeignKeyViolation),
        new SqliteException("SQLite Error 19: 'FOREIGN KEY constraint failed'.", 19, 787),
        new InvalidOperationException("not a database error"),
        new SqliteException("SQLite Error 1: 'no such table: x'.", 1),
    ];

    [Theory]
    [MemberData(nameof(Others))]
    public void Other_errors_are_not_mapped(Exception e) => Assert.Null(DatabaseFailures.Of(e));

    private static DomainError? RuleOf(RegistryDbContext db, Exception e)
    {
        using (db)
        {
            var violation = Assert.IsType<DatabaseFailure.UniqueViolation>(DatabaseFailures.Of(e));
            return DatabaseFailures.RuleOf(db.Model, violation)?.Error;
        }
    }

    private static DbUpdateException Wrap(Exception inner) => new("An error occurred while saving the entity changes.", inner);

    private static PostgresException PostgresError(string sqlState, string? constraint = null) =>
        new("synthetic", "ERROR", "ERROR", sqlState, constraintName: constraint);

    /// <summary>A SqlException as SqlClient builds it (it has no public constructor).</summary>
    private static SqlException SqlServerError(int number, string message)
    {
        const BindingFlags internals = BindingFlags.NonPublic | BindingFlags.Instance;
        var errorCtor = typeof(SqlError).GetConstructors(internals).OrderByDescending(c => c.GetParameters().Length).First();
        var error = (SqlError)errorCtor.Invoke(errorCtor.GetParameters().Select(p => p.Name switch
        {
            "infoNumber" => number,
            "errorMessage" => message,
            _ when p.ParameterType == typeof(string) => "",
            _ => p.HasDefaultValue ? p.DefaultValue : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null,
        }).ToArray());
        var errors = (SqlErrorCollection)typeof(SqlErrorCollection).GetConstructors(internals).Single().Invoke([]);
        typeof(SqlErrorCollection).GetMethod("Add", internals)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethods(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(m => m.Name == "CreateException").OrderBy(m => m.GetParameters().Length).First();
        var exception = (SqlException)create.Invoke(null, create.GetParameters().Select(p => p.ParameterType == typeof(SqlErrorCollection) ? errors
            : p.ParameterType == typeof(string) ? "16.0" : p.HasDefaultValue ? p.DefaultValue : null).ToArray())!;
        Assert.Equal(number, exception.Number);
        return exception;
    }
}
