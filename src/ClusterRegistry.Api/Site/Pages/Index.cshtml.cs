using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site.Pages;

public sealed class IndexModel(SiteGraphQL graphQL) : SitePage(graphQL)
{
    public sealed record Facets(int TotalCount, List<FacetCount> ByProvince, List<FacetCount> ByBatchYear, List<FacetCount> ByStatus);
    public sealed record Data(Facets ClusterFacets, List<Batch> Batches);

    public Data Registry { get; private set; } = null!;

    public int ActiveToday => Registry.ClusterFacets.ByStatus.Where(facet => facet.Value == "ACTIVE").Sum(facet => facet.Count);

    public IEnumerable<Batch> LatestBatches => Registry.Batches.OrderByDescending(batch => batch.Year).ThenBy(batch => batch.Level).Take(4);

    public async Task OnGetAsync() => Registry = await RunAsync<Data>("Home");
}
