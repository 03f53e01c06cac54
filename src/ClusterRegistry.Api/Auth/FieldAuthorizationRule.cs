using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authorization;

namespace ClusterRegistry.Api.Auth;

/// <summary>
/// Enforces the <c>Authorize()</c>, <c>AuthorizeWithRoles(...)</c> and <c>AuthorizeWithPolicy(...)</c> metadata on the
/// fields, and on the types owning them, that the executed operation selects. Everything written in the operation is
/// checked, including fields behind <c>@skip</c> or <c>@include</c>.
/// </summary>
public sealed class FieldAuthorizationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new Visitor(context));

    private sealed class Visitor(ValidationContext context) : INodeVisitor
    {
        // Only the operation being executed and the fragments it uses; other operations in the document do not run.
        private readonly HashSet<GraphQLFragmentDefinition> _fragmentsOfOperation =
            context.Operation is null ? [] : [.. context.GetRecursivelyReferencedFragments(context.Operation) ?? []];
        private bool _inExecutedDefinition;

        public async ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            switch (node)
            {
                case GraphQLOperationDefinition operation:
                    _inExecutedDefinition = operation == context.Operation;
                    break;
                case GraphQLFragmentDefinition fragment:
                    _inExecutedDefinition = _fragmentsOfOperation.Contains(fragment);
                    break;
                case GraphQLField field when _inExecutedDefinition:
                    await CheckFieldAsync(field, context);
                    break;
            }
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;

        private static async ValueTask CheckFieldAsync(GraphQLField field, ValidationContext context)
        {
            if (context.TypeInfo.GetParentType() is not { } owner) return;
            var name = $"{owner.Name}.{field.Name.StringValue}";
            // One refusal per field is enough: the owning type's metadata first, then the field's own.
            if (await CheckAsync(owner, name, field, context) && context.TypeInfo.GetFieldDef() is { } definition)
                await CheckAsync(definition, name, field, context);
        }

        /// <summary>Reports an error and returns false when <paramref name="target"/>'s metadata refuses the caller.</summary>
        private static async ValueTask<bool> CheckAsync(IMetadataReader target, string fieldName, GraphQLField node, ValidationContext context)
        {
            var roles = target.GetRoles() ?? [];
            var policies = target.GetPolicies() ?? [];
            if (!target.IsAuthorizationRequired() && roles.Count == 0 && policies.Count == 0) return true;

            var user = context.User;
            if (user?.Identities.Any(identity => identity.IsAuthenticated) != true)
                return Refuse(context, node, AuthorizationError.NotAuthenticated, $"Sign in to select '{fieldName}'.");
            if (roles.Count > 0 && !roles.Any(user.IsInRole))
                return Refuse(context, node, AuthorizationError.NotAuthorized,
                    $"Selecting '{fieldName}' needs one of the roles {string.Join(", ", roles)}.");
            foreach (var policy in policies)
            {
                if (!await MeetsPolicyAsync(user, policy, fieldName, context))
                    return Refuse(context, node, AuthorizationError.NotAuthorized,
                        $"Selecting '{fieldName}' needs the policy {policy}.");
            }
            return true;
        }

        private static async Task<bool> MeetsPolicyAsync(ClaimsPrincipal user, string policy, string fieldName, ValidationContext context)
        {
            var authorization = context.RequestServices?.GetService<IAuthorizationService>()
                ?? throw new InvalidOperationException(
                    $"'{fieldName}' needs the policy {policy}, but no IAuthorizationService is registered (see RegistryPolicies.AddRegistryPolicies).");
            return (await authorization.AuthorizeAsync(user, policy)).Succeeded;
        }

        private static bool Refuse(ValidationContext context, GraphQLField node, string code, string message)
        {
            context.ReportError(new AuthorizationError(context, node, code, message));
            return false;
        }
    }
}
