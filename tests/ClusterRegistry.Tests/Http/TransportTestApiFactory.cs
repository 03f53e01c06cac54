using ClusterRegistry.Api.Http;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterRegistry.Tests.Http;

/// <summary>
/// The real API whose schema gets test-only fields, so that transport behaviour can be tested whatever fields
/// the registry has: <c>transportTest</c> (returns "ok"), <c>transportTestFailure</c> (throws), and a mutation
/// type when the registry has none, so that <c>mutation { __typename }</c> is valid. An operation named
/// <c>TransportTestForbidden</c> fails validation with an error that asks for HTTP 403.
/// </summary>
public class TransportTestApiFactory : RegistryApiFactory
{
    public const string SecretMessage = "connection string Password=hunter2 leaked";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ISchema>(provider => WithTestFields(provider.GetRequiredService<RegistrySchema>()));
            services.AddGraphQL(graphQL => graphQL.AddValidationRule(new ForbiddenOperationRule()));
        });
    }

    private static ISchema WithTestFields(RegistrySchema schema)
    {
        var query = (ObjectGraphType)schema.Query;
        query.Field<StringGraphType>("transportTest").Resolve(_ => "ok");
        query.Field<StringGraphType>("transportTestFailure").Resolve(_ => throw new InvalidOperationException(SecretMessage));
        if (schema.Mutation is null)
        {
            var mutation = new ObjectGraphType { Name = "Mutation" };
            mutation.Field<StringGraphType>("transportTest").Resolve(_ => "ok");
            schema.Mutation = mutation;
        }
        return schema;
    }

    private sealed class ForbiddenOperationRule : ValidationRuleBase
    {
        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            if (context.Operation.Name?.StringValue == "TransportTestForbidden")
                context.ReportError(new ForbiddenError(context));
            return default;
        }
    }

    private sealed class ForbiddenError(ValidationContext context)
        : ValidationError(context.Document.Source, null, "Not for you.", context.Operation), IHasHttpStatus
    {
        public int HttpStatus => 403;
    }
}

/// <summary><see cref="TransportTestApiFactory"/> in the Development environment.</summary>
public sealed class DevelopmentTransportTestApiFactory : TransportTestApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}

/// <summary>The real API with a configured request body limit of 4 KiB.</summary>
public sealed class SmallBodyLimitApiFactory : RegistryApiFactory
{
    public const int MaxRequestBytes = 4096;

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["GraphQLHttp:MaxRequestBytes"] = MaxRequestBytes.ToString() };
}
