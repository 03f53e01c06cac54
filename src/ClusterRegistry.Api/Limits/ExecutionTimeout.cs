using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;

namespace ClusterRegistry.Api.Limits;

/// <summary>
/// Cancels an execution that runs longer than <see cref="QueryLimitsOptions.ExecutionTimeout"/> and answers
/// <see cref="ExecutionTimeoutError"/> instead. A mutation cancelled before its commit writes nothing; one cancelled
/// while its payload is being read may have committed.
/// </summary>
internal sealed class ExecutionTimeout(QueryLimitsOptions limits) : IConfigureExecution
{
    // Inside the exception masking (100), outside the document cache (200).
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        options.Timeout = limits.ExecutionTimeout;
        options.TimeoutAction = TimeoutAction.ThrowTimeoutException;
        try
        {
            return await next(options);
        }
        catch (TimeoutException)
        {
            return new ExecutionResult(new ExecutionTimeoutError(limits.ExecutionTimeout));
        }
    }
}

/// <summary>The execution took too long and was cancelled; nothing of it is returned.</summary>
public sealed class ExecutionTimeoutError : ExecutionError
{
    public ExecutionTimeoutError(TimeSpan timeout)
        : base($"The operation did not finish within {timeout.TotalSeconds:0.###} s and was cancelled. Ask for less data.")
    {
        Code = QueryLimitErrorCodes.ExecutionTimeout;
    }
}
