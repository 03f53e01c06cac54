using Microsoft.AspNetCore.Authorization;

namespace ClusterRegistry.Api.Auth;

/// <summary>Named policies for <c>AuthorizeWithPolicy</c> on GraphQL fields.</summary>
public static class RegistryPolicies
{
    /// <summary>Any registry official, ministerial or provincial. Province limits are checked by the mutation itself.</summary>
    public const string Official = "Registry.Official";

    /// <summary>MIIT officials only.</summary>
    public const string Ministry = "Registry.MinistryOnly";

    public static IServiceCollection AddRegistryPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Official, policy => policy.RequireRole(RegistryRoles.All))
            .AddPolicy(Ministry, policy => policy.RequireRole(RegistryRoles.Ministry));
        return services;
    }
}
