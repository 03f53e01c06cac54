using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Policies;
using GraphQL.Types;

namespace ClusterRegistry.Api.Policies;

public sealed class PolicySupportType : NodeType<PolicySupport>
{
    public const string TypeName = "PolicySupport";

    public PolicySupportType() : base(TypeName, "A policy support measure (Art. 8) for one or more clusters.", p => p.Id)
    {
        Field<NonNullGraphType<PolicySupportKindType>>("kind").Description("Finance, industry, innovation, land, talent or other.")
            .Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<AuthorityLevelType>>("issuingLevel").Description("The level of the issuing authority.")
            .Resolve(c => c.Source.IssuingLevel);
        Field(p => p.IssuingAuthority).Description("The issuing authority.");
        Field(p => p.Title).Description("The measure's title.");
        Field(p => p.StartsOn).Description("The first day the measure applies.");
        Field(p => p.EndsOn, nullable: true).Description("The last day the measure applies; null if open-ended.");
        Field(p => p.AmountCny, nullable: true).Description("The amount in CNY, where stated.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClusterType>>>>("clusters").Description("The clusters it applies to.")
            .Resolve(c => c.Service<PolicySupportLoaders>().Clusters(c.Source.Id));
        Field<NonNullGraphType<SourceType>>("source").Description("Where the measure was read.").Resolve(c => c.Source.Provenance);
    }
}
