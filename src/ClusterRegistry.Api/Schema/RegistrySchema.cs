using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Designations;
using ClusterRegistry.Api.Industries;
using ClusterRegistry.Api.Policies;
using ClusterRegistry.Api.Regions;
using ClusterRegistry.Batches;
using ClusterRegistry.Designations;
using ClusterRegistry.Industries;
using ClusterRegistry.Policies;
using ClusterRegistry.Regions;
using GraphQL.Types;

namespace ClusterRegistry.Api.Schema;

public sealed class RegistrySchema : GraphQL.Types.Schema
{
    public RegistrySchema(IServiceProvider services, RegistryQuery query, Mutations.RegistryMutation mutation) : base(services)
    {
        Description = "ClusterRegistry: China's SME characteristic industrial clusters (中小企业特色产业集群) under 工信部企业〔2022〕119号.";
        Query = query;
        Mutation = mutation;
        RegisterTypeMapping(typeof(DateOnly), typeof(DateScalar));
        RegisterTypeMapping(typeof(DesignationLevel), typeof(DesignationLevelType));
        RegisterTypeMapping(typeof(DesignationStatus), typeof(DesignationStatusType));
        RegisterTypeMapping(typeof(ReviewOutcome), typeof(ReviewOutcomeType));
        RegisterTypeMapping(typeof(RevocationGround), typeof(RevocationGroundType));
        RegisterTypeMapping(typeof(PolicySupportKind), typeof(PolicySupportKindType));
        RegisterTypeMapping(typeof(AuthorityLevel), typeof(AuthorityLevelType));
        RegisterTypeMapping(typeof(RegionLevel), typeof(RegionLevelType));
        RegisterTypeMapping(typeof(IndustryLevel), typeof(IndustryLevelType));
        RegisterTypeMapping(typeof(ClusterRegistry.Clusters.ChangeKind), typeof(Clusters.ChangeKindType));
        // What graphql-js getIntrospectionQuery asks for with directiveIsRepeatable and inputValueDeprecation.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
    }

    /// <summary>
    /// What GraphQL.NET 8 lacks of the introspection graphql-js getIntrospectionQuery sends: <c>__Type.specifiedByURL</c>
    /// (option specifiedByUrl; no scalar of the registry names a specification, so it is null) and
    /// <c>__Directive.args(includeDeprecated:)</c> (option inputValueDeprecation; no directive argument is deprecated).
    /// </summary>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        if (graphType is GraphQL.Introspection.__Type type && !type.HasField(SpecifiedByUrl))
            type.Field<StringGraphType>(SpecifiedByUrl)
                .Description("The URL of the specification of a custom scalar; null for every type of this schema.")
                .Resolve(_ => null);
        if (graphType is GraphQL.Introspection.__Directive directive && directive.GetField("args") is { } args
            && args.Arguments?.Find(IncludeDeprecated) is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = IncludeDeprecated, DefaultValue = false,
                Description = "Also list deprecated arguments (none is deprecated)." });
        }
        base.OnBeforeInitializeType(graphType);
    }

    private const string IncludeDeprecated = "includeDeprecated";

    private const string SpecifiedByUrl = "specifiedByURL";
}
