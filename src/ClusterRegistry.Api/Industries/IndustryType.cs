using ClusterRegistry.Api.Schema;
using ClusterRegistry.Industries;
using GraphQL.Types;

namespace ClusterRegistry.Api.Industries;

public sealed class IndustryType : NodeType<Industry>
{
    public const string TypeName = "Industry";

    public IndustryType() : base(TypeName, "A section or division of the national industry classification GB/T 4754-2017.", i => i.Code)
    {
        Field(i => i.Code).Description("A section letter (A–T) or a two-digit division.");
        Field<NonNullGraphType<IndustryLevelType>>("level").Description("Section or division.").Resolve(c => c.Source.Level);
        Field(i => i.NameZh).Description("The Chinese name in the standard.");
        Field(i => i.NameEn).Description("A descriptive English name (not an official translation).");
        Field<IndustryType>("parent").Description("The section of a division; null for a section.")
            .Resolve(c => c.Source.ParentCode is { } parent ? c.Service<IndustryLoaders>().Industry(parent) : null);
        Field<NonNullGraphType<IntGraphType>>("clusterCount").Description("The number of clusters classified in it (a section counts its divisions).")
            .Resolve(c => c.Service<IndustryLoaders>().ClusterCount(c.Source.Code));
    }
}
