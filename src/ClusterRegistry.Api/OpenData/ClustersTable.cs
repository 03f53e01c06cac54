using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Regions;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Batches;
using ClusterRegistry.Clusters;
using ClusterRegistry.Designations;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.OpenData;

/// <summary>A cluster with its designations' timelines, for its status on the export's date.</summary>
public sealed record ClusterRecord(Cluster Cluster, IReadOnlyList<DesignationTimeline> Timelines, DateOnly StatusOn, RegionCatalog Regions)
{
    public string? Status(DesignationLevel level) => ClusterStatus.On(Timelines, level, StatusOn)?.ToString().ToConstantCase();
}

public static class ClustersTable
{
    public static IOpenDataTable Create(RegionCatalog regions) => new OpenDataTable<ClusterRecord>(
        "clusters", "Clusters", "One row per SME characteristic industrial cluster (中小企业特色产业集群), with its place, lead industry and status.",
        [
            OpenDataColumn<ClusterRecord>.Text("id", "ID", "The cluster's global id, as the GraphQL API and registryChanges give it.",
                r => GlobalId.Encode(ClusterType.TypeName, r.Cluster.Id)),
            OpenDataColumn<ClusterRecord>.Text("name_zh", "Name", "The Chinese name, as the source writes it.", r => r.Cluster.NameZh),
            OpenDataColumn<ClusterRecord>.Text("name_en", "English name", "An English name, where an official has given one.", r => r.Cluster.NameEn),
            OpenDataColumn<ClusterRecord>.Text("province_code", "Province code", "2-digit statistical division code of the province.", r => r.Cluster.ProvinceCode),
            OpenDataColumn<ClusterRecord>.Text("province_name", "Province", "Name of the provincial-level division.", r => r.Regions.Find(r.Cluster.ProvinceCode)?.Name),
            OpenDataColumn<ClusterRecord>.Text("prefecture_code", "Prefecture code", "4-digit code of the prefecture-level division.", r => r.Cluster.PrefectureCode),
            OpenDataColumn<ClusterRecord>.Text("prefecture_name", "Prefecture", "Name of the prefecture-level division (市辖区/县 for a municipality).", r => r.Regions.Find(r.Cluster.PrefectureCode)?.Name),
            OpenDataColumn<ClusterRecord>.Text("county_code", "County code", "6-digit code of the county-level division the cluster lies in.", r => r.Cluster.CountyCode),
            OpenDataColumn<ClusterRecord>.Text("county_name", "County", "Name of the county-level division.", r => r.Regions.Find(r.Cluster.CountyCode)?.Name),
            OpenDataColumn<ClusterRecord>.Text("lead_industry_zh", "Lead industry", "The lead industry (主导产业) as named by the source.", r => r.Cluster.LeadIndustry),
            OpenDataColumn<ClusterRecord>.Text("industry_division", "Industry division", "GB/T 4754-2017 division (大类) of the lead industry; see industry_classification_source.", r => r.Cluster.IndustryCode),
            OpenDataColumn<ClusterRecord>.Text("industry_classification_source", "Classification source",
                "DERIVED: classified by the registry's curators from the lead-industry name, not published by MIIT; OFFICIAL: given by a registry official.",
                r => r.Cluster.IndustryCode is null ? null : r.Cluster.IndustrySource?.ToString().ToConstantCase()),
            OpenDataColumn<ClusterRecord>.Text("industry_classification_confidence", "Classification confidence", "HIGH, MEDIUM or LOW for a derived classification.",
                r => r.Cluster.IndustryConfidence?.ToString().ToConstantCase()),
            OpenDataColumn<ClusterRecord>.Text("operating_institution", "Operating institution", "The cluster operating management institution (集群运营管理机构).", r => r.Cluster.OperatingInstitution),
            OpenDataColumn<ClusterRecord>.Integer("first_batch_year", "First batch year", "Year of the earliest batch that identified the cluster.", r => r.Cluster.FirstBatchYear, unit: "year"),
            OpenDataColumn<ClusterRecord>.Date("valid_until", "Valid until", "Latest end of validity over the cluster's designations.", r => r.Cluster.ValidUntil),
            OpenDataColumn<ClusterRecord>.Text("national_status", "National status", "Status of the latest national designation on the export's date (ACTIVE, REVIEW_PENDING, REVOKED, NOT_YET_VALID); empty without one.",
                r => r.Status(DesignationLevel.National)),
            OpenDataColumn<ClusterRecord>.Text("provincial_status", "Provincial status", "Status of the latest provincial designation on the export's date; empty without one.",
                r => r.Status(DesignationLevel.Provincial)),
            OpenDataColumn<ClusterRecord>.Text("source_url", "Source", "The public page the cluster's record was read on.", r => r.Cluster.Provenance.SourceUrl),
        ],
        async (db, after, take, on, ct) =>
        {
            var clusters = await db.Clusters.AsNoTracking().Where(c => c.Id > after).OrderBy(c => c.Id).Take(take).ToListAsync(ct);
            var ids = clusters.Select(c => c.Id).ToList();
            var timelines = (await ClusterLoaders.Timelines(db, ids).ToListAsync(ct)).ToLookup(t => t.ClusterId);
            return clusters.Select(c => (c.Id, new ClusterRecord(c, [.. timelines[c.Id]], on, regions))).ToList();
        });
}
