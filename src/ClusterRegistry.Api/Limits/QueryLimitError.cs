using GraphQL.Validation;

namespace ClusterRegistry.Api.Limits;

/// <summary>An operation refused before execution because it exceeds a configured limit; answered with 400.</summary>
public sealed class QueryLimitError : ValidationError
{
    public QueryLimitError(ValidationContext context, string code, string message)
        : base(context.Document.Source, null, message, context.Operation)
    {
        Code = code;
    }
}
