using GraphQL;
using Microsoft.Extensions.Options;

namespace ClusterRegistry.Api.Limits;

public static class QueryLimitsRegistration
{
    /// <summary>Depth, cost, alias and root-field limits as validation rules, and the execution timeout.</summary>
    public static IServiceCollection AddQueryLimits(this IServiceCollection services)
    {
        services.AddOptions<QueryLimitsOptions>()
            .BindConfiguration(QueryLimitsOptions.SectionName)
            .Validate(o => o is { MaxDepth: > 0, MaxComplexity: > 0, ListSizeEstimate: > 0, MaxAliases: >= 0, MaxRootFields: > 0 }
                    && o.IntrospectionCostFactor >= 0 && o.ExecutionTimeout > TimeSpan.Zero,
                $"{QueryLimitsOptions.SectionName}: every limit must be positive (MaxAliases and IntrospectionCostFactor may be 0).")
            .ValidateOnStart();
        services.AddGraphQL(graphQL => graphQL
            .AddValidationRule(provider => new QueryCostRule(Limits(provider), provider.GetRequiredService<ILogger<QueryCostRule>>()),
                useForCachedDocuments: true)
            .AddValidationRule(provider => new OperationShapeRule(Limits(provider)), useForCachedDocuments: true)
            .ConfigureExecution(provider => new ExecutionTimeout(Limits(provider))));
        return services;
    }

    private static QueryLimitsOptions Limits(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<QueryLimitsOptions>>().Value;
}
