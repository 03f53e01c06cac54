using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Schema;

namespace ClusterRegistry.Api.Site.Data;

// The shapes the site's operations return (schema/operations/site), read from their JSON data.

public sealed record RegionRef(string Code, string Name, string? Level = null, int ClusterCount = 0, RegionRef? Parent = null);

public sealed record IndustryRef(string Code, string NameZh, string NameEn, string? Level = null, IndustryRef? Parent = null, int ClusterCount = 0)
{
    public string Name => SiteCulture.IsEnglish() ? NameEn : NameZh;
}

/// <summary>A lead industry's GB/T 4754 division and who classified it: Source is DERIVED (curators, with a Confidence) or OFFICIAL.</summary>
public sealed record IndustryClassification(IndustryRef Division, IndustryRef? Section, string Source, string? Confidence, string? Basis)
{
    public bool IsDerived => Source == "DERIVED";
}

public sealed record SourceRef(string? Url, string? Note);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed record ClusterSummary(
    string Id, string Name, string LeadIndustry, int FirstBatchYear,
    RegionRef Province, RegionRef Prefecture, RegionRef County, IndustryRef? Industry, string? Status)
{
    public int Key => SiteIds.KeyOf(Id);
}

public sealed record ClusterPage(int TotalCount, PageInfo PageInfo, List<ClusterSummary> Nodes);

public sealed record FacetCount(string? Value, string Label, int Count);

public sealed record Batch(
    string Id, string Level, int Year, RegionRef? Province, string? IssuingAuthority,
    string? NoticeDocument, DateOnly? NoticeDate, string? AnnouncementDocument, DateOnly? AnnouncementDate,
    DateOnly ValidFrom, DateOnly ValidUntil, string? ValidityNote, string? ReviewSummary, int DesignationCount, SourceRef? Source)
{
    public int Key => SiteIds.KeyOf(Id);
}

public sealed record Review(string Outcome, DateOnly DecidedOn, string? Document, DateOnly? ExtendedUntil, SourceRef? Source);

public sealed record Revocation(string Ground, DateOnly RevokedOn, string? Document, string? Note);

public sealed record Designation(
    string Id, string Level, Batch Batch, DateOnly ValidFrom, DateOnly InitialValidUntil, DateOnly ValidUntil, string Status,
    List<Review> Reviews, Revocation? Revocation, SourceRef? Source);

public sealed record PolicySupport(
    string Id, string Kind, string IssuingLevel, string IssuingAuthority, string Title, DateOnly StartsOn, DateOnly? EndsOn,
    decimal? AmountCny, SourceRef? Source);

public sealed record ChangeFiling(string Kind, DateOnly ChangedOn, DateOnly FiledOn, string Description);

public sealed record AnnualReport(
    int ReportingYear, DateOnly SubmittedOn, decimal? OutputValueCny, int? EnterpriseCount, int? SmeCount, decimal? SmeOutputShare, decimal? RdSpendingCny);

public sealed record HistoryEntry(DateTimeOffset OccurredAt, string Mutation, string Summary);

public sealed record Cluster(
    string Id, string Name, string? NameEn, string LeadIndustry, IndustryClassification? IndustryClassification,
    RegionRef Province, RegionRef Prefecture, RegionRef County, string? OperatingInstitution, string? Description,
    int FirstBatchYear, DateOnly ValidUntil, string? NationalStatus, string? ProvincialStatus, SourceRef Source,
    List<Designation> Designations, List<PolicySupport> PolicySupports, List<ChangeFiling> ChangeFilings,
    List<AnnualReport> AnnualReports, List<HistoryEntry> History)
{
    public int Key => SiteIds.KeyOf(Id);
}

/// <summary>The numeric keys of global ids, which make the site's short URLs (/clusters/12).</summary>
public static class SiteIds
{
    public static int KeyOf(string globalId) =>
        GlobalId.TryDecode(globalId, out _, out var key) && int.TryParse(key, out var value) ? value : 0;

    public static string Cluster(int key) => GlobalId.Encode(ClusterType.TypeName, key);

    public static string Batch(int key) => GlobalId.Encode(IdentificationBatchType.TypeName, key);
}
