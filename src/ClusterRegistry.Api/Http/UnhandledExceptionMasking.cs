using ClusterRegistry.Api.Data.Failures;
using ClusterRegistry.Api.Schema;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;

namespace ClusterRegistry.Api.Http;

/// <summary>
/// Makes every execution capture unhandled exceptions as GraphQL errors, logs them and, outside Development,
/// replaces them with a generic error so that no message or stack trace reaches the client. A database that cannot
/// be reached is reported as such (DATABASE_UNAVAILABLE), so clients know to retry.
/// </summary>
internal sealed class UnhandledExceptionMasking(IHostEnvironment environment, ILogger<UnhandledExceptionMasking> logger)
    : IConfigureExecution
{
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        options.ThrowOnUnhandledException = false;
        options.UnhandledExceptionDelegate = HandleAsync;
        return next(options);
    }

    private Task HandleAsync(UnhandledExceptionContext context)
    {
        switch (DatabaseFailures.Of(context.OriginalException))
        {
            case DatabaseFailure.Unavailable:
                logger.LogWarning(context.OriginalException, "The database is unavailable.");
                context.Exception = new DatabaseUnavailableError();
                return Task.CompletedTask;
            case DatabaseFailure.StatementTooLarge:
                logger.LogInformation("A query was refused by the database for its size: {Reason}", context.OriginalException.Message);
                context.Exception = new ExecutionError("The filter is too large or too complex for the database; use fewer or shorter conditions.")
                {
                    Code = ErrorCodes.InvalidFilter,
                };
                return Task.CompletedTask;
        }
        logger.LogError(context.OriginalException, "Unhandled exception while executing a GraphQL request.");
        if (!environment.IsDevelopment())
            context.Exception = GraphQLHttpError.Internal();
        return Task.CompletedTask;
    }
}
