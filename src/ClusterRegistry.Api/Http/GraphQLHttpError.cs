using GraphQL;

namespace ClusterRegistry.Api.Http;

/// <summary>Stable <c>extensions.code</c> values of the errors the HTTP transport itself raises.</summary>
public static class GraphQLHttpErrorCodes
{
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string UnsupportedCharset = "UNSUPPORTED_CHARSET";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string InvalidEncoding = "INVALID_ENCODING";
    public const string MissingQuery = "MISSING_QUERY";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}

/// <summary>A request the transport refuses before anything is executed, with the HTTP status to answer it with.</summary>
public sealed class GraphQLHttpError : ExecutionError, IHasHttpStatus
{
    internal GraphQLHttpError(int statusCode, string code, string message) : base(message)
    {
        HttpStatus = statusCode;
        Code = code;
    }

    public int HttpStatus { get; }

    internal static GraphQLHttpError MethodNotAllowed(string method) => new(
        StatusCodes.Status405MethodNotAllowed, GraphQLHttpErrorCodes.MethodNotAllowed,
        $"HTTP method {method} is not supported; use GET or POST.");

    internal static GraphQLHttpError NotAcceptable() => new(
        StatusCodes.Status406NotAcceptable, GraphQLHttpErrorCodes.NotAcceptable,
        "The Accept header allows neither application/graphql-response+json nor application/json.");

    internal static GraphQLHttpError UnsupportedMediaType() => new(
        StatusCodes.Status415UnsupportedMediaType, GraphQLHttpErrorCodes.UnsupportedMediaType,
        "POST requests must have Content-Type: application/json.");

    internal static GraphQLHttpError UnsupportedCharset(string charset) => new(
        StatusCodes.Status415UnsupportedMediaType, GraphQLHttpErrorCodes.UnsupportedCharset,
        $"Charset '{charset}' is not supported; send the request in utf-8.");

    internal static GraphQLHttpError RequestTooLarge(int maxBytes) => new(
        StatusCodes.Status413PayloadTooLarge, GraphQLHttpErrorCodes.RequestTooLarge,
        $"The request body is larger than {maxBytes} bytes.");

    internal static GraphQLHttpError InvalidJson(string what) => new(
        StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidJson,
        $"{what} is not valid JSON.");

    internal static GraphQLHttpError InvalidEncoding(string what) => new(
        StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidEncoding,
        $"{what} is not valid UTF-8 text (invalid bytes, or an escape such as \\ud800 that encodes no character).");

    internal static GraphQLHttpError InvalidRequest(string message) => new(
        StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidRequest, message);

    internal static GraphQLHttpError MissingQuery() => new(
        StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.MissingQuery,
        "The request has neither a 'query' nor a 'documentId' parameter.");

    /// <summary>A refusal with 400 and a code defined by the feature that raises it.</summary>
    internal static GraphQLHttpError BadRequest(string code, string message) => new(
        StatusCodes.Status400BadRequest, code, message);

    /// <summary>Stands in for an unhandled exception whose details must not reach the client.</summary>
    internal static GraphQLHttpError Internal() => new(
        StatusCodes.Status500InternalServerError, GraphQLHttpErrorCodes.InternalServerError,
        "An internal error occurred.");
}
