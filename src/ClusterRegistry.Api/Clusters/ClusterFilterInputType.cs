using ClusterRegistry.Api.Designations;
using ClusterRegistry.Api.Filtering;
using ClusterRegistry.Api.Policies;
using GraphQL.Types;

namespace ClusterRegistry.Api.Clusters;

public sealed class ClusterFilterInputType : InputObjectGraphType<ClusterFilter>
{
    public ClusterFilterInputType()
    {
        Name = "ClusterFilterInput";
        Description = "Conditions on a cluster; all that are given must hold.";
        Field<ListGraphType<NonNullGraphType<ClusterFilterInputType>>>("and").Description("Every one of these holds.");
        Field<ListGraphType<NonNullGraphType<ClusterFilterInputType>>>("or").Description("At least one of these holds.");
        Field<StringOperationFilterInputType>("name").Description("The Chinese name.");
        Field<StringOperationFilterInputType>("nameEn").Description("The English name.");
        Field<StringOperationFilterInputType>("leadIndustry").Description("The lead industry as named (主导产业).");
        Field<StringOperationFilterInputType>("industryCode").Description("The GB/T 4754-2017 division code of the lead industry.");
        Field<RegionFilterInputType>("province").Description("The provincial-level division.");
        Field<RegionFilterInputType>("prefecture").Description("The prefecture-level division.");
        Field<RegionFilterInputType>("county").Description("The county-level division.");
        Field<IntOperationFilterInputType>("firstBatchYear").Description("The year of the earliest identifying batch.");
        Field<DateOperationFilterInputType>("validUntil").Description("The latest end of validity over the cluster's designations.");
        Field<ListDesignationFilterInputType>("designations").Description("Conditions on the cluster's designations (level, batch year, status, validity).");
        Field<ListPolicySupportFilterInputType>("policySupports").Description("Conditions on the policy support that applies to the cluster.");
    }
}

public sealed class RegionFilterInputType : InputObjectGraphType<RegionFilter>
{
    public RegionFilterInputType()
    {
        Name = "RegionFilterInput";
        Description = "Conditions on a division, by code or by Chinese name.";
        Field<StringOperationFilterInputType>("code").Description("The division code, e.g. \"44\" for 广东省.");
        Field<StringOperationFilterInputType>("name").Description("The Chinese name, e.g. \"广东省\".");
    }
}
