using ClusterRegistry.Api.Auth;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace ClusterRegistry.Api.Mutations;

/// <summary>
/// A document with several mutation fields runs them one after another, each committing on its own. So that a document
/// refused in part writes nothing, every mutation field is first run in <see cref="MutationRequest.CheckingOnly"/> mode,
/// which decides the official's role and province scope and writes nothing; if any is refused, the document is answered
/// with those refusals (401/403, no data) and nothing runs. Documents with one mutation field need no such pass.
/// </summary>
internal sealed class MultiMutationPreflight : IConfigureExecution
{
    // Innermost: the document is parsed (document limits, 250) and cached documents are in place (200).
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not { } document || !HasSeveralMutationFields(document, options.OperationName)
            || options.RequestServices?.GetService<MutationRequest>() is not { } request)
            return await next(options);

        request.CheckingOnly = true;
        ExecutionResult check;
        try
        {
            check = await next(options);
        }
        finally
        {
            request.CheckingOnly = false;
        }
        if (!check.Executed) return check;
        var refusals = check.Errors?.Where(e => e.Code is AuthorizationError.NotAuthenticated or AuthorizationError.NotAuthorized).ToList();
        if (refusals is { Count: > 0 })
        {
            var refused = new ExecutionErrors();
            foreach (var refusal in refusals) refused.Add(refusal);
            return new ExecutionResult { Errors = refused };
        }
        return await next(options);
    }

    private static bool HasSeveralMutationFields(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        // Fragments at the root may hold any number of fields.
        return selected is { Operation: OperationType.Mutation } mutation
            && (mutation.SelectionSet.Selections.Count > 1 || mutation.SelectionSet.Selections.Any(s => s is not GraphQLField));
    }
}
