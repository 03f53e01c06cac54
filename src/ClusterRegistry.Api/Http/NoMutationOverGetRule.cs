using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace ClusterRegistry.Api.Http;

/// <summary>
/// GET is a safe method, so it must not run a mutation; the transport answers this error with 405.
/// Registered for cached documents too, since a document cached from a POST would otherwise skip it.
/// </summary>
internal sealed class NoMutationOverGetRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation
            && context.UserContext is GraphQLHttpUserContext { HttpContext.Request.Method: var method }
            && HttpMethods.IsGet(method))
        {
            context.ReportError(new MutationOverGetError(context.Document.Source, context.Operation));
        }
        return default;
    }
}

internal sealed class MutationOverGetError : ValidationError
{
    public MutationOverGetError(ROM source, GraphQLOperationDefinition operation)
        : base(source, null, "Mutations can only be sent with POST.", operation)
    {
        Code = GraphQLHttpErrorCodes.MethodNotAllowed;
    }
}
