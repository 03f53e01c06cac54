namespace ClusterRegistry.Api.Site.Pages;

/// <summary>Any path the site and the API do not know.</summary>
public sealed class NotFoundModel(SiteGraphQL graphQL) : SitePage(graphQL)
{
    public void OnGet() => throw SiteProblem.NotFound("No such page.");
}
