using ClusterRegistry.Api.Auth;
using GraphQL;
using GraphQL.Types;

namespace ClusterRegistry.Tests.Auth;

/// <summary>A tiny schema whose fields carry each kind of authorization metadata.</summary>
public sealed class AuthorizationTestSchema : Schema
{
    public AuthorizationTestSchema(IServiceProvider services) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("ping").Resolve(_ => "pong");
        query.Field<StringGraphType>("signedIn").Authorize().Resolve(_ => "signed in");
        query.Field<StringGraphType>("anyOfficial").AuthorizeWithPolicy(RegistryPolicies.Official).Resolve(_ => "official");
        query.Field<StringGraphType>("ministryOnly").AuthorizeWithRoles(RegistryRoles.Ministry).Resolve(_ => "ministry");

        var audit = new ObjectGraphType { Name = "Audit" };
        audit.AuthorizeWithRoles(RegistryRoles.Ministry);
        audit.Field<StringGraphType>("entry").Resolve(_ => "entry");
        query.Field("audit", audit).Resolve(_ => new object());
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<StringGraphType>("designate").AuthorizeWithRoles(RegistryRoles.All.ToArray()).Resolve(_ => "designated");
        Mutation = mutation;
    }
}
