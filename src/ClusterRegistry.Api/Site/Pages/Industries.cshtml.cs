using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site.Pages;

public sealed class IndustriesModel(SiteGraphQL graphQL) : SitePage(graphQL)
{
    public sealed record Data(List<IndustryRef> Industries);

    public List<IndustryRef> Industries { get; private set; } = [];

    public IEnumerable<IndustryRef> Sections => Industries.Where(i => i.Level == "SECTION");

    public IEnumerable<IndustryRef> DivisionsOf(string section) => Industries.Where(i => i.Parent?.Code == section);

    public async Task OnGetAsync() => Industries = (await RunAsync<Data>("Industries")).Industries;
}
