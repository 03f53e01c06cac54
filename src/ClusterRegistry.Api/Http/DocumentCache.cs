using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ClusterRegistry.Api.Http;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by query text, so a repeated query skips parsing and
/// validation. On a hit only the rules registered for cached documents run (those that depend on the caller, the
/// HTTP method or the variables), and not even those when an anonymous request with the same inputs to them passed
/// before (see <see cref="CachedDocument"/>). The cache is bounded by the total length of the cached query texts.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents;
    private long _hits;
    private long _misses;
    private long _rulesSkipped;

    public DocumentCache(IOptions<GraphQLHttpOptions> options)
    {
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSizeLimit });
    }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Hits that skipped the cached-document rules, having passed them before with the same inputs.</summary>
    public long RulesSkipped => Interlocked.Read(ref _rulesSkipped);

    // After the ConfigureExecutionOptions steps (which add the validation rules), before execution.
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
            return await next(options);

        if (_documents.TryGetValue(query, out CachedDocument? cached))
        {
            Interlocked.Increment(ref _hits);
            options.Document = cached!.Document;
            var ruleInputs = cached.RuleInputs(options);
            var passedBefore = ruleInputs is not null && cached.HasPassed(ruleInputs);
            if (passedBefore) Interlocked.Increment(ref _rulesSkipped);
            options.ValidationRules = passedBefore ? [] : options.CachedDocumentValidationRules ?? [];
            var hit = await next(options);
            if (ruleInputs is not null && hit.Executed) cached.Passed(ruleInputs);
            return hit;
        }

        Interlocked.Increment(ref _misses);
        var result = await next(options);
        // Executed means the document parsed and validated; invalid documents are not kept.
        if (result.Executed && result.Document is { } parsed)
            _documents.Set(query, new CachedDocument(parsed), new MemoryCacheEntryOptions { Size = query.Length });
        return result;
    }

    public void Dispose() => _documents.Dispose();
}
