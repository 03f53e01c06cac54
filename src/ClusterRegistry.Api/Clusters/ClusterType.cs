using ClusterRegistry.Api.Audit;
using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Designations;
using ClusterRegistry.Api.Industries;
using ClusterRegistry.Api.Policies;
using ClusterRegistry.Api.Regions;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Batches;
using ClusterRegistry.Clusters;
using ClusterRegistry.Designations;
using GraphQL;
using ClusterRegistry.Api.Loading;
using GraphQL.Types;

namespace ClusterRegistry.Api.Clusters;

public sealed class ClusterType : NodeType<Cluster>
{
    public const string TypeName = "Cluster";

    public ClusterType() : base(TypeName, "An SME characteristic industrial cluster (中小企业特色产业集群) within one county-level division.", c => c.Id)
    {
        Field("name", c => c.NameZh).Description("The cluster's Chinese name, as the source writes it.");
        Field(c => c.NameEn, nullable: true).Description("An English name, where an official has given one.");
        Field(c => c.LeadIndustry).Description("The lead industry (主导产业) as named by the source.");
        Field(c => c.IndustryCode, nullable: true).Description("The GB/T 4754-2017 division of the lead industry, where classified (official or derived: see industryClassification).");
        Field<IndustryType>("industry").Description("The GB/T 4754-2017 division of the lead industry, where classified (official or derived: see industryClassification).")
            .Resolve(c => c.Source.IndustryCode is { } code ? c.Service<IndustryLoaders>().Industry(code) : null);
        Field<IndustryClassificationType>("industryClassification")
            .Description("The classification of the lead industry and who made it (DERIVED by the registry's curators, or OFFICIAL); null if unclassified.")
            .Resolve(c => c.Source.IndustryCode is null ? null : c.Source);
        Field<NonNullGraphType<RegionType>>("province").Description("The provincial-level division.")
            .Resolve(c => c.Service<RegionCatalog>().Find(c.Source.ProvinceCode));
        Field<NonNullGraphType<RegionType>>("prefecture").Description("The prefecture-level division (市辖区 for a municipality's districts).")
            .Resolve(c => c.Service<RegionCatalog>().Find(c.Source.PrefectureCode));
        Field<NonNullGraphType<RegionType>>("county").Description("The county-level division the cluster lies in.")
            .Resolve(c => c.Service<RegionCatalog>().Find(c.Source.CountyCode));
        Field(c => c.OperatingInstitution, nullable: true).Description("The cluster operating management institution (集群运营管理机构).");
        Field(c => c.Description, nullable: true).Description("A description of the cluster.");
        Field(c => c.FirstBatchYear).Description("The year of the earliest batch that identified the cluster.");
        Field(c => c.ValidUntil).Description("The latest end of validity over the cluster's designations.");
        Field<NonNullGraphType<SourceType>>("source").Description("Where the cluster's record was read.")
            .Resolve(c => c.Source.Provenance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DesignationType>>>>("designations")
            .Description("The cluster's identifications, oldest first.")
            .Resolve(c => c.Service<ClusterLoaders>().Designations(c.Source.Id));
        Field<DesignationStatusType>("status")
            .Description("The status of the cluster's latest designation at a level on a date; null if it has none at that level.")
            .Argument<DateScalar>("on", "The date (default: today in China).")
            .Argument<NonNullGraphType<DesignationLevelType>>("level", a =>
            {
                a.Description = "The level (default NATIONAL).";
                a.DefaultValue = DesignationLevel.National;
            })
            .Resolve(c =>
            {
                var on = c.StatusDate();
                var level = c.GetArgument<DesignationLevel>("level");
                var loaders = c.Service<ClusterLoaders>();
                return loaders.TryGetTimelines(c.Source.Id, out var timelines)
                    ? ClusterStatus.On(timelines, level, on)
                    : loaders.Timelines(c.Source.Id).Then(all => ClusterStatus.On(all, level, on));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicySupportType>>>>("policySupports")
            .Description("Policy support measures that apply to the cluster.")
            .Resolve(c => c.Service<ClusterLoaders>().PolicySupports(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeFilingType>>>>("changeFilings")
            .Description("Filed major changes, oldest first.")
            .Resolve(c => c.Service<ClusterLoaders>().ChangeFilings(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnnualReportType>>>>("annualReports")
            .Description("Annual reports, by reporting year.")
            .Resolve(c => c.Service<ClusterLoaders>().AnnualReports(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryEntryType>>>>("history")
            .Description("Every recorded change to the cluster, oldest first. Data loaded from the published lists has no entries.")
            .Resolve(c => c.Service<AuditLoaders>().History(c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("An opaque version that changes with every write; pass it as `expectedVersion` to refuse stale updates.")
            .Resolve(c => ClusterVersion.Encode(c.Source.Version));
    }
}
