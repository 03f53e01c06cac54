using GraphQL.Validation;
using GraphQLParser.AST;

namespace ClusterRegistry.Api.Auth;

/// <summary>A field the caller may not select; its <see cref="GraphQL.ExecutionError.Code"/> tells why.</summary>
public sealed class AuthorizationError : ValidationError
{
    /// <summary>The caller presented no (valid) token. HTTP 401.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The caller is signed in but lacks the role or policy. HTTP 403.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    public AuthorizationError(ValidationContext context, ASTNode node, string code, string message)
        : base(context.Document.Source, null, message, node)
    {
        Code = code;
    }
}
