using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site.Pages;

public sealed class BatchesModel(SiteGraphQL graphQL) : SitePage(graphQL)
{
    public sealed record Data(List<Batch> Batches);

    public List<Batch> Batches { get; private set; } = [];

    public async Task OnGetAsync() => Batches = (await RunAsync<Data>("Batches")).Batches;
}
