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
            .Validate(o => o is { MaxDepth: > 0, MaxComplexity: > 0, ListSizeEstimate: > 0, MaxAliases: >= 0, MaxRootFields: > 0,
                    MaxParserDepth: > 0, MaxTokens: > 0, MaxNodes: > 0, MaxFields: > 0, MaxExpandedFields: > 0, MaxSelectionsPerSet: > 0, MaxRepeatedFields: >= 0,
                    MaxOperations: > 0, MaxFragments: >= 0, MaxFragmentSpreads: >= 0, MaxArguments: >= 0, MaxDirectives: >= 0,
                    MaxVariables: >= 0, MaxLiteralItems: > 0, MaxVariableValues: > 0, MaxOfficialVariableValues: > 0, MaxFilterConditions: > 0, MaxFilterDepth: > 0, MaxFilterTextLength: > 0 }
                    && o.IntrospectionCostFactor >= 0 && o.ExecutionTimeout > TimeSpan.Zero,
                $"{QueryLimitsOptions.SectionName}: every limit must be positive (MaxAliases and IntrospectionCostFactor may be 0).")
            .ValidateOnStart();
        services.AddGraphQL(graphQL => graphQL
            .AddValidationRule(provider => new QueryCostRule(Limits(provider), provider.GetRequiredService<ILogger<QueryCostRule>>()),
                useForCachedDocuments: true)
            .AddValidationRule(provider => new OperationShapeRule(Limits(provider)), useForCachedDocuments: true)
            .AddValidationRule<NoSubscriptionRule>(useForCachedDocuments: true)
            .ConfigureExecution(provider => new ExecutionTimeout(Limits(provider)))
            .ConfigureExecution(provider => new DocumentLimitsCheck(Limits(provider))));
        return services;
    }

    private static QueryLimitsOptions Limits(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<QueryLimitsOptions>>().Value;
}
