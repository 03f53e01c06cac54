using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Mutations;

internal static class MutationErrors
{
    public static readonly MutationError Conflict = new(MutationErrorKind.Conflict, "CONFLICT",
        "The record was changed by someone else since it was read. Read it again and retry.");

    public static readonly MutationError Duplicate = new(MutationErrorKind.RuleViolation, "DUPLICATE",
        "A record with the same identity already exists.");

    public static MutationError From(DomainException e) => e.Error switch
    {
        DomainError.NotFound => new(MutationErrorKind.NotFound, "NOT_FOUND", e.Message),
        DomainError.InvalidRegion or DomainError.InvalidIndustry or DomainError.InvalidDate or DomainError.InvalidValue =>
            new(MutationErrorKind.InvalidInput, Code(e.Error), e.Message),
        DomainError.Conflict => Conflict,
        _ => new(MutationErrorKind.RuleViolation, Code(e.Error), e.Message),
    };

    /// <summary>SQLite reports error 19 (constraint); SQL Server 2601/2627 (duplicate key).</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        Microsoft.Data.SqlClient.SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    private static string Code(DomainError error) => GraphQL.StringExtensions.ToConstantCase(error.ToString());
}
