using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace ClusterRegistry.Tests.Auth;

/// <summary>
/// A document cache with the usual contract: a validated document is kept by query text, and on a hit only
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/> run.
/// </summary>
public sealed class CachingDocumentsForTests : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new();
    private int _hits;

    public int Hits => _hits;

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query) return await next(options);
        if (_documents.TryGetValue(query, out var document))
        {
            Interlocked.Increment(ref _hits);
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }
        var result = await next(options);
        if (result.Executed && result.Document is { } parsed) _documents[query] = parsed;
        return result;
    }
}
