using GraphQL;

namespace ClusterRegistry.Api.Data.Failures;

/// <summary>The database could not be reached while the request ran. A change in flight may or may not have been made.</summary>
public sealed class DatabaseUnavailableError : ExecutionError
{
    public const string ErrorCode = "DATABASE_UNAVAILABLE";

    public DatabaseUnavailableError()
        : base("The registry's database is unavailable; retry shortly. If this was a change, read the record first to see whether it was made.") =>
        Code = ErrorCode;
}
