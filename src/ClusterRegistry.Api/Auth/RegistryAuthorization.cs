using GraphQL;
using GraphQL.DI;

namespace ClusterRegistry.Api.Auth;

public static class RegistryAuthorization
{
    /// <summary>
    /// Enforces field authorization metadata on every execution. The rule depends on the caller, so it must also run
    /// when a document comes from the document cache, which otherwise skips validation.
    /// </summary>
    public static IGraphQLBuilder AddRegistryAuthorization(this IGraphQLBuilder builder) =>
        builder.AddValidationRule<FieldAuthorizationRule>(useForCachedDocuments: true);
}
