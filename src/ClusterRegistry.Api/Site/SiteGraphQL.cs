using System.Security.Claims;
using System.Text.Json;
using ClusterRegistry.Api.Http;
using ClusterRegistry.Api.PersistedOperations;
using GraphQL;
using GraphQL.Types;

namespace ClusterRegistry.Api.Site;

/// <summary>
/// Runs the website's persisted operations (schema/operations/site) in-process, through the API's own executer, so
/// the pages get the API's validation, limits, filtering, paging and status rules, as an anonymous caller would.
/// </summary>
public sealed class SiteGraphQL(IDocumentExecuter<ISchema> executer, PersistedOperationStore store, IGraphQLTextSerializer serializer)
{
    public const string OperationFolder = "site/";

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    /// <summary>The stored operation named <c>site/{name}.graphql</c>.</summary>
    public PersistedOperation Operation(string name) =>
        store.All.SingleOrDefault(operation => operation.Name == $"{OperationFolder}{name}.graphql")
        ?? throw new InvalidOperationException($"No persisted operation schema/operations/{OperationFolder}{name}.graphql.");

    /// <summary>
    /// Runs operation <paramref name="name"/> and reads its data as <typeparamref name="T"/>. A request the API refuses as
    /// the client's fault (bad variables, a malformed cursor or filter) becomes a <see cref="SiteProblem"/> with 400.
    /// </summary>
    public async Task<T> RunAsync<T>(HttpContext http, string name, object? variables = null)
    {
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = Operation(name).Document,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            UserContext = new GraphQLHttpUserContext(http),
            RequestServices = http.RequestServices,
            User = Anonymous,
            CancellationToken = http.RequestAborted,
        });
        if (result.Errors is { Count: > 0 } errors)
        {
            if (errors.All(IsCallersFault))
                throw SiteProblem.BadRequest(string.Join(" ", errors.Select(error => error.Message)));
            throw new InvalidOperationException($"Site operation {name} failed: {string.Join(" ", errors.Select(error => error.Message))}",
                errors.First().InnerException);
        }
        using var json = JsonDocument.Parse(serializer.Serialize(result));
        return json.RootElement.GetProperty("data").Deserialize<T>(SiteJson.Options)
            ?? throw new InvalidOperationException($"Site operation {name} returned no data.");
    }

    // Parse, validation and variable errors, and the resolvers' coded input errors (INVALID_CURSOR, INVALID_FILTER, ...).
    private static bool IsCallersFault(ExecutionError error) =>
        error is GraphQL.Validation.ValidationError or GraphQL.Execution.DocumentError or GraphQL.Execution.RequestError
        || error.Code?.StartsWith("INVALID_", StringComparison.Ordinal) == true;
}
