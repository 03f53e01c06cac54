namespace ClusterRegistry.Api.Http;

/// <summary>
/// A request error that calls for a particular HTTP status instead of 400, such as 401 or 403 from an
/// authorization rule. Honoured for <c>application/graphql-response+json</c> responses; legacy
/// <c>application/json</c> responses keep 200.
/// </summary>
public interface IHasHttpStatus
{
    int HttpStatus { get; }
}
