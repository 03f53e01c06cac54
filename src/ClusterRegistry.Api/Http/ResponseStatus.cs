using ClusterRegistry.Api.Auth;
using ClusterRegistry.Api.Limits;
using GraphQL;
using GraphQL.Execution;

namespace ClusterRegistry.Api.Http;

/// <summary>The HTTP status of an executed request, per GraphQL over HTTP "Status Codes".</summary>
internal static class ResponseStatus
{
    public static int Of(ExecutionResult result, ResponseMediaType mediaType)
    {
        // Refused for who the caller is, whether by the validation rule or by a mutation's province check.
        if (result.Errors is { Count: > 0 } all && all.All(IsAuthorizationError) && AuthorizationStatus.For(result) is { } refused)
            return refused;

        // Execution started: field errors make a partial response, which is still a success.
        if (result.Executed)
            return StatusCodes.Status200OK;

        var errors = result.Errors ?? [];
        // The spec requires 405 here whatever the media type.
        if (errors.Any(error => error is MutationOverGetError))
            return StatusCodes.Status405MethodNotAllowed;

        if (errors.Any(error => error is ExecutionTimeoutError))
            return mediaType == ResponseMediaType.Json ? StatusCodes.Status200OK : StatusCodes.Status504GatewayTimeout;

        // Parse, validation, operation-selection and variable errors are the client's; anything else is ours.
        if (!errors.All(error => error is DocumentError or RequestError))
            return StatusCodes.Status500InternalServerError;

        if (mediaType == ResponseMediaType.Json)
            return StatusCodes.Status200OK;
        return errors.OfType<IHasHttpStatus>().Select(error => error.HttpStatus).FirstOrDefault(StatusCodes.Status400BadRequest);
    }

    private static bool IsAuthorizationError(ExecutionError error) =>
        error.Code is AuthorizationError.NotAuthenticated or AuthorizationError.NotAuthorized;
}
