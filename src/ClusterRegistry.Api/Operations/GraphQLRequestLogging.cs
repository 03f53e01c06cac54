using System.Diagnostics;

namespace ClusterRegistry.Api.Operations;

/// <summary>
/// Writes one log line per request to the GraphQL endpoint: request id, trace id, operation, status and duration.
/// Nothing from the request's headers, document or variables is logged.
/// </summary>
internal sealed partial class GraphQLRequestLogging(RequestDelegate next, ILogger<GraphQLRequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        // What the server answers when an exception escapes the endpoint.
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(http);
            status = http.Response.StatusCode;
        }
        finally
        {
            var operation = http.Features.Get<GraphQLOperationFeature>();
            LogRequest(logger, http.TraceIdentifier, Activity.Current?.TraceId.ToString(), http.Request.Method,
                operation?.OperationType, operation?.OperationName, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "GraphQLRequest", Level = LogLevel.Information,
        Message = "GraphQL {HttpMethod} {OperationType} {OperationName} answered {StatusCode} in {DurationMs:0.0} ms (request {RequestId}, trace {TraceId})")]
    private static partial void LogRequest(ILogger logger, string requestId, string? traceId, string httpMethod,
        string? operationType, string? operationName, int statusCode, double durationMs);
}
