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
    }
}
