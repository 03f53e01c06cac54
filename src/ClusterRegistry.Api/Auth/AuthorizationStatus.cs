using GraphQL;

namespace ClusterRegistry.Api.Auth;

/// <summary>The HTTP status a GraphQL result rejected by <see cref="FieldAuthorizationRule"/> should travel with.</summary>
public static class AuthorizationStatus
{
    /// <summary>401 when the caller must sign in, 403 when they lack the role, null when authorization did not reject the request.</summary>
    public static int? For(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 } errors) return null;
        if (errors.Any(e => e.Code == AuthorizationError.NotAuthenticated)) return StatusCodes.Status401Unauthorized;
        if (errors.Any(e => e.Code == AuthorizationError.NotAuthorized)) return StatusCodes.Status403Forbidden;
        return null;
    }
}
