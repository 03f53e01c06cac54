using ClusterRegistry.Api.OpenData;
using ClusterRegistry.Api.Regions;
using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site.Pages;

public sealed class AboutModel(SiteGraphQL graphQL, RegionCatalog regions) : SitePage(graphQL)
{
    public sealed record Data(List<Batch> Batches);

    /// <summary>MIIT identifies about 100 clusters a year (工信部企业〔2022〕119号).</summary>
    public const int NationalBatchSize = 100;

    /// <summary>The date the page's <c>?on=</c> example link uses.</summary>
    public const string OnExample = "2025-06-30";

    /// <summary>The changes feed as a portal reads it, shown on the page.</summary>
    public const string ChangesQuery = """
        query Changes($after: String) {
          registryChanges(after: $after, first: 50) {
            nodes { objectId clusterId objectType kind mutation occurredAt summary after }
            pageInfo { endCursor hasNextPage }
          }
        }
        """;

    public List<Batch> Batches { get; private set; } = [];

    /// <summary>The open-data files (table × format), as /data serves them.</summary>
    public OpenDataCatalog Downloads { get; } = new(regions);

    public static string Download(string file) => $"{OpenDataEndpoints.Prefix}/{file}";

    public async Task OnGetAsync() => Batches = (await RunAsync<Data>("Batches")).Batches;
}
