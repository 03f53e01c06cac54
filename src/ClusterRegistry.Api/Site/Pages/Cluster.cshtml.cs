using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site.Pages;

public sealed class ClusterModel(SiteGraphQL graphQL) : SitePage(graphQL)
{
    public sealed record Data(Cluster? Cluster);

    public Cluster Cluster { get; private set; } = null!;

    /// <summary>The operation this page runs, for developers who want the same record from the API.</summary>
    public string Document => GraphQL.Operation("Cluster").Document;

    public string DocumentId => "sha256:" + GraphQL.Operation("Cluster").Id;

    public string GlobalId { get; private set; } = "";

    public async Task OnGetAsync(int id)
    {
        if (id <= 0) throw SiteProblem.NotFound($"No cluster {id}.");
        GlobalId = SiteIds.Cluster(id);
        Cluster = (await RunAsync<Data>("Cluster", new { id = GlobalId })).Cluster
            ?? throw SiteProblem.NotFound($"No cluster {id}.");
    }
}
