using System.Diagnostics;
using ClusterRegistry.Api.Http;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;

namespace ClusterRegistry.Api.Operations;

/// <summary>
/// Wraps every GraphQL execution in a span named after OpenTelemetry's GraphQL conventions
/// (<c>{type} {name}</c>), records its duration, and tells the request log what was executed.
/// Neither the document nor the variables are recorded, since either may carry personal data.
/// </summary>
internal sealed class GraphQLOperationTracing : IConfigureExecution
{
    // Outermost, so that the span and the duration cover the document cache, validation and any persisted-document lookup.
    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        using var activity = GraphQLTelemetry.ActivitySource.StartActivity("GraphQL Operation");
        var started = Stopwatch.GetTimestamp();
        var result = await next(options);

        var type = result.Operation?.Operation.ToString().ToLowerInvariant();
        // From the document, not the request's operationName parameter: the latter is free text, the former a GraphQL name.
        var name = result.Operation?.Name?.StringValue;
        GraphQLTelemetry.OperationDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
            new("graphql.operation.type", type ?? "unknown"), new("graphql.outcome", result.Executed ? "executed" : "rejected"));

        if (options.UserContext is GraphQLHttpUserContext { HttpContext: var http })
            http.Features.Set(new GraphQLOperationFeature { OperationType = type, OperationName = name });

        if (activity is not null)
            Describe(activity, type, name, result);
        return result;
    }

    private static void Describe(Activity activity, string? type, string? name, ExecutionResult result)
    {
        if (type is not null)
            activity.DisplayName = name is null ? type : $"{type} {name}";
        activity.SetTag("graphql.operation.type", type);
        activity.SetTag("graphql.operation.name", name);
        if (result.Errors is not { Count: > 0 } errors)
            return;
        activity.SetTag("graphql.error.count", errors.Count);
        // Only server faults mark the span as failed, as HTTP server spans treat 5xx but not 4xx; the messages stay
        // out of the span since they can quote the request's literals.
        if (errors.Any(IsServerFault))
            activity.SetStatus(ActivityStatusCode.Error);
    }

    // Outside Development an unhandled error arrives already masked as the transport's internal error.
    private static bool IsServerFault(ExecutionError error) =>
        error is UnhandledError || error.Code == GraphQLHttpErrorCodes.InternalServerError;
}
