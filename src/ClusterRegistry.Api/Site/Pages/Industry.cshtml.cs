using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site.Pages;

public sealed class IndustryModel(SiteGraphQL graphQL) : SitePage(graphQL)
{
    public sealed record Data(List<IndustryRef> Industries);
    public sealed record ClusterData(ClusterPage Clusters);

    public IndustryRef Industry { get; private set; } = null!;
    public IndustryRef? Section { get; private set; }
    public List<IndustryRef> Divisions { get; private set; } = [];
    public ClusterPage Clusters { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(string code)
    {
        var industries = (await RunAsync<Data>("Industries")).Industries;
        Industry = industries.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase))
            ?? throw SiteProblem.NotFound($"No GB/T 4754-2017 section or division {code}.");
        Section = industries.FirstOrDefault(i => i.Code == Industry.Parent?.Code);
        Divisions = industries.Where(i => i.Parent?.Code == Industry.Code).ToList();
        var codes = Industry.Level == "SECTION" ? Divisions.Select(d => d.Code).ToList() : [Industry.Code];
        var page = Pager.Arguments(Request);
        Clusters = (await RunAsync<ClusterData>("Clusters", new
        {
            where = new { industryCode = new { @in = codes } },
            first = page.First, after = page.After, last = page.Last, before = page.Before,
        })).Clusters;
        Pager = Pager.For(Clusters.PageInfo, Request, Pager.PathWithCursor(Request));
    }
}
