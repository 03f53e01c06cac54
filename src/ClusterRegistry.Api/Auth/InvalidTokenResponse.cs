using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ClusterRegistry.Api.Auth;

/// <summary>
/// The answer to a bearer token that fails validation (malformed, expired, wrongly signed), on any request: 401 with
/// <c>WWW-Authenticate</c> (RFC 6750) and a GraphQL-shaped JSON body, like every other refusal.
/// </summary>
internal static class InvalidTokenResponse
{
    public const string Code = "AUTH_INVALID_TOKEN";

    private static readonly byte[] ExpiredBody = Body("The bearer token has expired. Sign in again, or send the request without a token.");
    private static readonly byte[] InvalidBody = Body("The bearer token is invalid. Sign in again, or send the request without a token.");

    private static byte[] Body(string message) =>
        JsonSerializer.SerializeToUtf8Bytes(new { errors = new[] { new { message, extensions = new { code = Code } } } });

    public static async Task WriteAsync(HttpContext context, Exception failure)
    {
        var expired = failure is SecurityTokenExpiredException;
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate =
            $"Bearer error=\"invalid_token\", error_description=\"{(expired ? "The token expired" : "The token is invalid")}\"";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(expired ? ExpiredBody : InvalidBody, context.RequestAborted);
    }
}
