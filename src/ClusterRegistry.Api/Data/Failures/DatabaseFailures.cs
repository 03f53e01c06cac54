using ClusterRegistry.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ClusterRegistry.Api.Data.Failures;

/// <summary>The one place that reads provider exceptions; everything else sees a <see cref="DatabaseFailure"/>.</summary>
public static class DatabaseFailures
{
    public static DatabaseFailure? Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var failure = e switch
            {
                DbUpdateConcurrencyException => DatabaseFailure.ContentionFailure,
                NpgsqlException postgres => PostgresFailures.Classify(postgres),
                SqlException sqlServer => SqlServerFailures.Classify(sqlServer),
                SqliteException sqlite => SqliteFailures.Classify(sqlite),
                // Npgsql reports a connection that broke under a command it was running as a state error of its own.
                InvalidOperationException or ObjectDisposedException when e.Source == "Npgsql" => DatabaseFailure.UnavailableFailure,
                _ => null,
            };
            if (failure is not null) return failure;
        }
        return null;
    }

    /// <summary>The unique index of the model a violation names, and so the rule it enforces; null when none matches.</summary>
    public static UniqueRule? RuleOf(IModel model, DatabaseFailure.UniqueViolation violation) =>
        model.GetEntityTypes()
            .SelectMany(entity => entity.GetIndexes())
            .Where(index => index.IsUnique && Names(index, violation))
            .Select(UniqueRules.Of)
            .FirstOrDefault(rule => rule is not null);

    private static bool Names(IIndex index, DatabaseFailure.UniqueViolation violation)
    {
        if (violation.IndexName is { } name) return index.GetDatabaseName() == name;
        var table = index.DeclaringEntityType.GetTableName();
        return violation.Table == table && violation.Columns is { } columns
            && columns.SequenceEqual(index.Properties.Select(p => p.GetColumnName(StoreObjectIdentifier.Table(table!, index.DeclaringEntityType.GetSchema())))!);
    }
}
