using System.Security.Claims;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Api.Http;
using GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace ClusterRegistry.Api.PersistedOperations;

/// <summary>
/// Puts the stored document of a request's <c>documentId</c> in its <c>query</c>, and refuses ad-hoc documents from
/// callers who are not officials when <see cref="PersistedOperationsOptions.AnonymousOnlyPersisted"/> is set.
/// </summary>
internal sealed class PersistedOperationResolver(PersistedOperationStore store, IOptions<PersistedOperationsOptions> options)
{
    public void Resolve(GraphQLRequest request, ClaimsPrincipal user)
    {
        if (request.DocumentId is { } documentId)
        {
            if (request.Query is not null)
                throw GraphQLHttpError.InvalidRequest("Send either 'query' or 'documentId', not both.");
            request.Query = store.Find(documentId)?.Document ?? throw GraphQLHttpError.BadRequest(PersistedOperationErrorCodes.NotFound,
                $"No stored operation has the id '{documentId}'. Ids are 'sha256:' and the hex SHA-256 of a file in schema/operations.");
        }
        else if (options.Value.AnonymousOnlyPersisted && Official.From(user) is null)
        {
            throw GraphQLHttpError.BadRequest(PersistedOperationErrorCodes.Required,
                "Only stored operations may be run without signing in: send their 'documentId' instead of 'query', or sign in as a registry official.");
        }
    }
}
