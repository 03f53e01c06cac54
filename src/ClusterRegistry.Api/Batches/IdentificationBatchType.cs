using ClusterRegistry.Api.Regions;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Batches;
using GraphQL.Types;

namespace ClusterRegistry.Api.Batches;

public sealed class IdentificationBatchType : NodeType<IdentificationBatch>
{
    public const string TypeName = "IdentificationBatch";

    public IdentificationBatchType() : base(TypeName, "A round of identification: MIIT's yearly national list, or a province's own list.", b => b.Id)
    {
        Field<NonNullGraphType<DesignationLevelType>>("level").Description("National or provincial.").Resolve(c => c.Source.Level);
        Field(b => b.Year).Description("The batch year (年度).");
        Field<RegionType>("province").Description("For a provincial batch, its province.")
            .Resolve(c => c.Source.ProvinceCode is { } code ? c.Service<RegionCatalog>().Find(code) : null);
        Field(b => b.IssuingAuthority).Description("The authority that identifies the clusters.");
        Field(b => b.NoticeDocument, nullable: true).Description("The call for recommendations (推荐通知), e.g. 工信厅企业函〔2022〕236号.");
        Field(b => b.NoticeDate, nullable: true).Description("The date of the call, where known.");
        Field(b => b.AnnouncementDocument, nullable: true).Description("The announcement of the list (通告), e.g. 工信部企业函〔2023〕3号.");
        Field(b => b.AnnouncementDate, nullable: true).Description("The date of the announcement, where known.");
        Field(b => b.ValidFrom).Description("The first day of validity the batch gives its designations.");
        Field(b => b.ValidUntil).Description("The last day of validity the batch gives its designations.");
        Field(b => b.ValidityNote, nullable: true).Description("How the validity dates were read or derived.");
        Field(b => b.ReviewSummary, nullable: true).Description("Batch-level review facts where per-cluster outcomes are not known.");
        Field<NonNullGraphType<IntGraphType>>("designationCount").Description("The number of designations of this batch in the registry.")
            .Resolve(c => c.Service<BatchLoaders>().DesignationCount(c.Source.Id));
        Field<NonNullGraphType<SourceType>>("source").Description("Where the batch's facts were read.").Resolve(c => c.Source.Provenance);
    }
}
