using static ClusterRegistry.Api.Site.SiteFormat;
using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site.Pages;

public sealed class SearchModel(SiteGraphQL graphQL) : SitePage(graphQL)
{
    public sealed record Facets(
        int TotalCount, List<FacetCount> ByProvince, List<FacetCount> ByIndustry, List<FacetCount> ByBatchYear,
        List<FacetCount> ProvincialByBatchYear, List<FacetCount> ByStatus, List<FacetCount> ProvincialByStatus);

    public sealed record RegionFacets(List<FacetCount> ByProvince);

    public sealed record Data(
        ClusterPage Clusters, Facets ClusterFacets, RegionFacets RegionFacets, List<RegionRef>? Prefectures, List<RegionRef>? Counties,
        List<IndustryRef> Industries);

    private sealed record IndustryList(List<IndustryRef> Industries);

    public static readonly string[] Statuses = ["ACTIVE", "REVIEW_PENDING", "NOT_YET_VALID", "REVOKED"];

    public SearchQuery Query { get; private set; } = new();
    public Data Results { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    /// <summary>Clusters with a designation at each level: every such cluster has one status there.</summary>
    public int NationalCount => Results.ClusterFacets.ByStatus.Sum(facet => facet.Count);
    public int ProvincialCount => Results.ClusterFacets.ProvincialByStatus.Sum(facet => facet.Count);

    /// <summary>Batch-year counts at the chosen level (national unless provincial is chosen).</summary>
    public List<FacetCount> YearFacets => Query.Level?.ToUpperInvariant() == "PROVINCIAL" ? Results.ClusterFacets.ProvincialByBatchYear : Results.ClusterFacets.ByBatchYear;
    public List<FacetCount> StatusFacets => Query.Level?.ToUpperInvariant() == "PROVINCIAL" ? Results.ClusterFacets.ProvincialByStatus : Results.ClusterFacets.ByStatus;

    public async Task OnGetAsync()
    {
        Query = SearchQuery.From(Request.Query);
        // The divisions of a section, for an industry filter given as a section letter, come with the same operation.
        var industries = Query.Industry is { Length: 1 } ? (await RunAsync<IndustryList>("Industries")).Industries : [];
        Results = await RunAsync<Data>("Search", Variables(industries));
        Pager = new Pager(
            Results.Clusters.PageInfo is { } page && (Query.Before is not null ? page.HasPreviousPage : Query.After is not null) && page.StartCursor is not null
                ? Path(Query with { After = null, Before = page.StartCursor }) : null,
            Results.Clusters.PageInfo is { } next && (Query.Before is not null || next.HasNextPage) && next.EndCursor is not null
                ? Path(Query with { After = next.EndCursor, Before = null }) : null);
    }

    /// <summary>The divisions of GB/T 4754 with matching clusters, by section, with their counts.</summary>
    public IEnumerable<(IndustryRef Section, List<(IndustryRef Division, int Count)> Divisions)> IndustryOptions()
    {
        var counts = Results.ClusterFacets.ByIndustry.Where(f => f.Value is not null).ToDictionary(f => f.Value!, f => f.Count);
        var divisions = Results.Industries.Where(i => i.Level == "DIVISION" && (counts.ContainsKey(i.Code) || i.Code == Query.Industry)).ToList();
        return Results.Industries.Where(i => i.Level == "SECTION")
            .Select(section => (section, divisions.Where(d => d.Parent?.Code == section.Code).Select(d => (d, counts.GetValueOrDefault(d.Code))).ToList()))
            .Where(group => group.Item2.Count > 0 || group.section.Code == Query.Industry);
    }

    public string Path(SearchQuery query) => query.Url(Link("/search"));

    public string With(Func<SearchQuery, SearchQuery> change) => Query.Url(Link("/search"), change);

    private object Variables(List<IndustryRef> industries)
    {
        IReadOnlyList<string> DivisionsOf(string section) => industries.Where(i => i.Parent?.Code == section).Select(i => i.Code).ToList();
        var where = Query.Where(DivisionsOf);
        var whereOutsideRegion = (Query with { Province = null, Prefecture = null, County = null }).Where(DivisionsOf);
        var backwards = Query.Before is not null;
        return new
        {
            search = Query.Text,
            where,
            whereOutsideRegion,
            order = Query.Order,
            statusOn = Query.On,
            first = backwards ? (int?)null : SearchQuery.PageSize,
            after = Query.After,
            last = backwards ? SearchQuery.PageSize : (int?)null,
            before = Query.Before,
            province = Query.Province,
            prefecture = Query.Prefecture,
            withPrefectures = Query.Province is not null,
            withCounties = Query.Prefecture is not null,
        };
    }
}
