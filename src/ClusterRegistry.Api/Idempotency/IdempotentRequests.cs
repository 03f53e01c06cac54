using System.Security.Cryptography;
using System.Text;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Api.Data.Failures;
using ClusterRegistry.Api.Http;
using ClusterRegistry.Data;
using ClusterRegistry.Idempotency;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> header on mutations (IETF draft "The Idempotency-Key HTTP Header Field"): the first
/// request with a key runs and its response is stored in the database; a retry with the same key and the same request
/// gets that response again without running; the same key with another request is refused with 422, and a retry while
/// the first still runs with 409. Keys are scoped per official (token subject). Queries and anonymous callers ignore it.
/// </summary>
public sealed class IdempotentRequests(IDbContextFactory<RegistryDbContext> contexts)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>
    /// Null when the request is not an official's mutation with a key; otherwise either a stored response to replay
    /// or the claim on the key, which the caller completes with the response (or abandons if it fails).
    /// </summary>
    public async Task<IdempotentRequest?> BeginAsync(HttpContext http, GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (!http.Request.Headers.TryGetValue(Header, out var values)) return null;
        var key = values.Count == 1 ? values[0]?.Trim() : null;
        if (string.IsNullOrEmpty(key) || key.Length > IdempotencyRecord.MaxKeyLength)
            throw GraphQLHttpError.BadRequest(IdempotencyErrorCodes.InvalidKey,
                $"Send one {Header} header of 1 to {IdempotencyRecord.MaxKeyLength} characters.");
        if (Official.From(http.User) is not { } official || !IsMutation(request)) return null;

        var subject = official.Subject.Length > IdempotencyRecord.MaxSubjectLength ? official.Subject[..IdempotencyRecord.MaxSubjectLength] : official.Subject;
        var hash = Hash(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = new IdempotencyRecord(subject, key, hash, DateTime.UtcNow);
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new IdempotentRequest(this, record.Id, null);
        }
        catch (DbUpdateException e) when (DatabaseFailures.Of(e) is DatabaseFailure.UniqueViolation)
        {
            // Someone (this official, earlier or right now) holds the key.
        }
        db.ChangeTracker.Clear();
        var existing = await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.OfficialSubject == subject && r.Key == key, cancellationToken);
        if (existing.RequestHash != hash)
            throw new GraphQLHttpError(StatusCodes.Status422UnprocessableEntity, IdempotencyErrorCodes.KeyReused,
                $"This {Header} was used before with another request; use a new key for a new request.");
        if (!existing.IsComplete)
            throw new GraphQLHttpError(StatusCodes.Status409Conflict, IdempotencyErrorCodes.KeyInProgress,
                $"The first request with this {Header} is still running; retry after it has finished.");
        return new IdempotentRequest(this, existing.Id, existing);
    }

    internal async Task CompleteAsync(long id, int status, string contentType, byte[] body)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var record = await db.IdempotencyRecords.SingleAsync(r => r.Id == id);
        record.Complete(status, contentType, Encoding.UTF8.GetString(body));
        await db.SaveChangesAsync();
    }

    // A request that failed without an answer to keep (cancelled, timed out, server error) frees its key for a retry.
    internal async Task AbandonAsync(long id)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.IdempotencyRecords.Where(r => r.Id == id && r.ResponseStatus == null).ExecuteDeleteAsync();
    }

    private string Hash(GraphQLRequest request)
    {
        var text = string.Join('\0', request.Query, request.DocumentId, request.OperationName,
            request.Variables is null ? "" : System.Text.Json.JsonSerializer.Serialize(request.Variables));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static bool IsMutation(GraphQLRequest request)
    {
        if (request.Query is null) return false;
        try
        {
            var operations = Parser.Parse(request.Query, new ParserOptions { Ignore = IgnoreOptions.All })
                .Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var selected = request.OperationName is null
                ? operations.Count == 1 ? operations[0] : null
                : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
            return selected?.Operation == OperationType.Mutation;
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            // Not a document: it is refused as it would be without the header.
            return false;
        }
    }
}

/// <summary>A request holding an idempotency key: a stored response to replay, or the claim to complete.</summary>
public sealed class IdempotentRequest(IdempotentRequests requests, long id, IdempotencyRecord? stored)
{
    private bool _settled = stored is not null;

    public IdempotencyRecord? Replay => stored;

    public async Task WriteReplayAsync(HttpContext http)
    {
        http.Response.StatusCode = stored!.ResponseStatus!.Value;
        http.Response.ContentType = stored.ResponseContentType;
        http.Response.Headers[IdempotentRequests.ReplayedHeader] = "true";
        await http.Response.WriteAsync(stored.ResponseBody ?? "", http.RequestAborted);
    }

    /// <summary>Keeps the response for retries, unless it is a server error or a timeout, which a retry may redo.</summary>
    public async Task CompleteAsync(int status, string contentType, byte[] body)
    {
        _settled = true;
        if (status >= 500) await requests.AbandonAsync(id);
        else await requests.CompleteAsync(id, status, contentType, body);
    }

    public async Task AbandonIfUnsettledAsync()
    {
        if (_settled) return;
        _settled = true;
        await requests.AbandonAsync(id);
    }
}
