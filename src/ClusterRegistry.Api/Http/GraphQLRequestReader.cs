using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClusterRegistry.Api.Http;

/// <summary>
/// Turns a GET query string or a POST application/json body into a well-formed <see cref="GraphQLRequest"/>,
/// or throws the <see cref="GraphQLHttpError"/> that says why it is not one.
/// </summary>
internal sealed class GraphQLRequestReader(
    IGraphQLSerializer serializer, IOptions<GraphQLHttpOptions> options, IOptions<Limits.QueryLimitsOptions> limits)
{
    private const string Query = "query", DocumentId = "documentId", OperationName = "operationName", Variables = "variables",
        Extensions = "extensions";

    public Task<GraphQLRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        HttpMethods.IsGet(request.Method)
            ? Task.FromResult(FromQueryString(request.Query, MaxVariableValues(request)))
            : FromBodyAsync(request, cancellationToken);

    // Officials send whole annexes as variables (importIdentifications); anonymous callers get the tight bound.
    private int MaxVariableValues(HttpRequest request) =>
        Auth.Official.From(request.HttpContext.User) is null ? limits.Value.MaxVariableValues : limits.Value.MaxOfficialVariableValues;

    private GraphQLRequest FromQueryString(IQueryCollection parameters, int maxValues) => RequireDocument(new GraphQLRequest
    {
        Query = Single(parameters, Query),
        DocumentId = NullIfEmpty(Single(parameters, DocumentId)),
        OperationName = NullIfEmpty(Single(parameters, OperationName)),
        Variables = MapFromJsonText(Single(parameters, Variables), Variables, maxValues),
        Extensions = MapFromJsonText(Single(parameters, Extensions), Extensions, maxValues),
    });

    private async Task<GraphQLRequest> FromBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
            || !contentType.SubType.Equals("json", StringComparison.OrdinalIgnoreCase))
            throw GraphQLHttpError.UnsupportedMediaType();
        if (!ResponseMediaTypes.IsUtf8(contentType.Charset))
            throw GraphQLHttpError.UnsupportedCharset(contentType.Charset.ToString());

        var body = await RequestBody.ReadAsync(request, options.Value.MaxRequestBytes, cancellationToken);
        // JsonDocument checks UTF-8 only where it decodes a string, so bytes in a string would otherwise fail later.
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
            throw GraphQLHttpError.InvalidEncoding("The request body");
        using var json = ParseJson(body, "The request body");
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw GraphQLHttpError.InvalidRequest("The request body must be a JSON object.");

        return RequireDocument(Decoded("The request body", () => new GraphQLRequest
        {
            Query = String(root, Query),
            DocumentId = NullIfEmpty(String(root, DocumentId)),
            OperationName = NullIfEmpty(String(root, OperationName)),
            Variables = Map(root, Variables, MaxVariableValues(request)),
            Extensions = Map(root, Extensions, MaxVariableValues(request)),
        }));
    }

    // A string escape that encodes no text (a lone surrogate such as \ud800) only fails when the string is decoded.
    private static T Decoded<T>(string what, Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or ArgumentException or FormatException)
        {
            throw GraphQLHttpError.InvalidEncoding(what);
        }
    }

    // The document itself, or the id of a stored one (persisted operations).
    private static GraphQLRequest RequireDocument(GraphQLRequest request) =>
        request.Query is null && request.DocumentId is null ? throw GraphQLHttpError.MissingQuery() : request;

    private static string? Single(IQueryCollection parameters, string name)
    {
        var values = parameters[name];
        if (values.Count > 1)
            throw GraphQLHttpError.InvalidRequest($"The '{name}' parameter is given more than once.");
        return values.Count == 1 ? values[0] : null;
    }

    private Inputs? MapFromJsonText(string? text, string name, int maxValues)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        using var json = ParseJson(Encoding.UTF8.GetBytes(text), $"The '{name}' parameter");
        return Decoded($"The '{name}' parameter", () => ToInputs(json.RootElement, name, maxValues));
    }

    private static string? String(JsonElement root, string name) =>
        Property(root, name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            _ => throw GraphQLHttpError.InvalidRequest($"'{name}' must be a string."),
        };

    private Inputs? Map(JsonElement root, string name, int maxValues) =>
        Property(root, name) is { } value ? ToInputs(value, name, maxValues) : null;

    private Inputs? ToInputs(JsonElement value, string name, int maxValues) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => serializer.ReadNode<Inputs>(Bounded(value, name, maxValues)),
        _ => throw GraphQLHttpError.InvalidRequest($"'{name}' must be a JSON object."),
    };

    // Coercing variables costs time per value; a huge map is refused before GraphQL.NET sees it.
    private static JsonElement Bounded(JsonElement value, string name, int max)
    {
        var count = 0;
        var pending = new Stack<JsonElement>();
        pending.Push(value);
        while (pending.TryPop(out var current))
        {
            if (++count > max)
                throw GraphQLHttpError.BadRequest(Limits.QueryLimitErrorCodes.VariablesTooLarge,
                    $"'{name}' holds more than {max} JSON values.");
            if (current.ValueKind == JsonValueKind.Object)
                foreach (var property in current.EnumerateObject()) pending.Push(property.Value);
            else if (current.ValueKind == JsonValueKind.Array)
                foreach (var item in current.EnumerateArray()) pending.Push(item);
        }
        return value;
    }

    // An explicit null counts as absent (GraphQL over HTTP, "Request Parameters").
    private static JsonElement? Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static JsonDocument ParseJson(ReadOnlyMemory<byte> utf8, string what)
    {
        try
        {
            return JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            throw GraphQLHttpError.InvalidJson(what);
        }
    }
}
