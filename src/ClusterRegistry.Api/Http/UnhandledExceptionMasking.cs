using ClusterRegistry.Api.Data;
using ClusterRegistry.Api.Schema;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;

namespace ClusterRegistry.Api.Http;

/// <summary>
/// Makes every execution capture unhandled exceptions as GraphQL errors, logs them and, outside Development,
/// replaces them with a generic error so that no message or stack trace reaches the client.
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
        // The filter limits keep statements small; a database that still refuses one for its size is the caller's
        // request being too large, not a fault.
        if (DatabaseErrors.IsStatementTooLarge(context.OriginalException))
        {
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
