using ClusterRegistry.Api.Schema;
using ClusterRegistry.Clusters;
using GraphQL.Types;

namespace ClusterRegistry.Api.Clusters;

public sealed class ChangeFilingType : ObjectGraphType<ChangeFiling>
{
    public ChangeFilingType()
    {
        Name = "ChangeFiling";
        Description = "A filed major change (重大变动报备) of a cluster.";
        Field<NonNullGraphType<ChangeKindType>>("kind").Description("What changed.").Resolve(c => c.Source.Kind);
        Field(f => f.ChangedOn).Description("When the change happened.");
        Field(f => f.FiledOn).Description("When it was filed.");
        Field(f => f.Description).Description("What changed, in words.");
        Field<NonNullGraphType<ClusterType>>("cluster").Description("The cluster.")
            .Resolve(c => c.Service<ClusterLoaders>().Cluster(c.Source.ClusterId));
    }
}

public sealed class ChangeKindType() : DescribedEnumType<ChangeKind>(
    "Kinds of major change (重大变动) that must be filed.",
    new Dictionary<ChangeKind, string>
    {
        [ChangeKind.LeadIndustry] = "The lead industry (主导产业).",
        [ChangeKind.SpatialScope] = "The spatial scope (空间范围) within the county.",
        [ChangeKind.OperatingInstitution] = "The operating management institution (运营管理机构).",
        [ChangeKind.Other] = "Another change, described in words.",
    });
