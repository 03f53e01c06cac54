using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site.Pages;

public sealed class BatchModel(SiteGraphQL graphQL) : SitePage(graphQL)
{
    public sealed record Data(Batch? Node);
    public sealed record ClusterData(ClusterPage Clusters);

    public Batch Batch { get; private set; } = null!;
    public ClusterPage Clusters { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(int id)
    {
        if (id <= 0) throw SiteProblem.NotFound($"No batch {id}.");
        var node = (await RunAsync<Data>("Batch", new { id = SiteIds.Batch(id) })).Node;
        // A node of another type has none of the batch's fields.
        Batch = node is { Year: > 0 } ? node : throw SiteProblem.NotFound($"No batch {id}.");
        var designation = new Dictionary<string, object> { ["level"] = new { eq = Batch.Level }, ["batchYear"] = new { eq = Batch.Year } };
        var where = new Dictionary<string, object> { ["designations"] = new { some = designation } };
        if (Batch.Province is { } province) where["province"] = new { code = new { eq = province.Code } };
        var page = Pager.Arguments(Request);
        Clusters = (await RunAsync<ClusterData>("Clusters", new { where, first = page.First, after = page.After, last = page.Last, before = page.Before })).Clusters;
        Pager = Pager.For(Clusters.PageInfo, Request, Pager.PathWithCursor(Request));
    }
}
