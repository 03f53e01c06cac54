namespace ClusterRegistry.Api.Http;

/// <summary>
/// The <c>UserContext</c> of every request executed over HTTP, so that validation rules and resolvers
/// can see the HTTP request (its method, headers) without an <c>IHttpContextAccessor</c>.
/// </summary>
public sealed class GraphQLHttpUserContext(HttpContext httpContext) : Dictionary<string, object?>
{
    public HttpContext HttpContext { get; } = httpContext;
}
