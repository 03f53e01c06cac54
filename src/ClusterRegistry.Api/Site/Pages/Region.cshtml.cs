using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site.Pages;

public sealed class RegionModel(SiteGraphQL graphQL) : SitePage(graphQL)
{
    public sealed record Data(RegionRefWithChildren? Region, ClusterPage Clusters);

    public sealed record RegionRefWithChildren(string Code, string Name, string Level, int ClusterCount, RegionRef? Parent, List<RegionRef> Children);

    public RegionRefWithChildren Region { get; private set; } = null!;
    public ClusterPage Clusters { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(string code)
    {
        if (code.Length is not (2 or 4 or 6) || !code.All(char.IsAsciiDigit))
            throw SiteProblem.NotFound($"No division {code}: codes have 2, 4 or 6 digits.");
        var field = code.Length switch { 2 => "province", 4 => "prefecture", _ => "county" };
        var arguments = Pager.Arguments(Request);
        var data = await RunAsync<Data>("Region", new Dictionary<string, object?>
        {
            ["code"] = code,
            ["where"] = new Dictionary<string, object> { [field] = new { code = new { eq = code } } },
            ["first"] = arguments.First, ["after"] = arguments.After, ["last"] = arguments.Last, ["before"] = arguments.Before,
        });
        Region = data.Region ?? throw SiteProblem.NotFound($"No division {code}.");
        Clusters = data.Clusters;
        Pager = Pager.For(Clusters.PageInfo, Request, Pager.PathWithCursor(Request));
    }
}
