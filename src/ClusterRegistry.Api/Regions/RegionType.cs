using ClusterRegistry.Api.Schema;
using ClusterRegistry.Regions;
using GraphQL.Types;

namespace ClusterRegistry.Api.Regions;

public sealed class RegionType : NodeType<Region>
{
    public const string TypeName = "Region";

    public RegionType() : base(TypeName, "An administrative division with its national statistical division code (统计用区划代码, 2023).", r => r.Code)
    {
        Field(r => r.Code).Description("The division code: 2 digits (province), 4 (prefecture) or 6 (county).");
        Field(r => r.Name).Description("The Chinese name.");
        Field<NonNullGraphType<RegionLevelType>>("level").Description("Province, prefecture or county.").Resolve(c => c.Source.Level);
        Field<RegionType>("parent").Description("The division one level up; null for a province.")
            .Resolve(c => c.Source.ParentCode is { } parent ? c.Service<RegionCatalog>().Find(parent) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("children").Description("The divisions one level down, by code.")
            .Resolve(c => c.Service<RegionCatalog>().ChildrenOf(c.Source.Code));
        Field<NonNullGraphType<IntGraphType>>("clusterCount").Description("The number of registry clusters within the division.")
            .Resolve(c => c.Service<RegionLoaders>().ClusterCount(c.Source.Code));
    }
}
