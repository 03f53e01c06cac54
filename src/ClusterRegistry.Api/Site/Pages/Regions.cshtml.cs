using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site.Pages;

public sealed class RegionsModel(SiteGraphQL graphQL) : SitePage(graphQL)
{
    public sealed record Data(List<RegionRef> Regions);

    public List<RegionRef> Provinces { get; private set; } = [];

    public async Task OnGetAsync() => Provinces = (await RunAsync<Data>("Regions")).Regions;
}
