using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site.Pages;

public sealed class AboutModel(SiteGraphQL graphQL) : SitePage(graphQL)
{
    public sealed record Data(List<Batch> Batches);

    /// <summary>MIIT identifies about 100 clusters a year (工信部企业〔2022〕119号).</summary>
    public const int NationalBatchSize = 100;

    public List<Batch> Batches { get; private set; } = [];

    public async Task OnGetAsync() => Batches = (await RunAsync<Data>("Batches")).Batches;
}
