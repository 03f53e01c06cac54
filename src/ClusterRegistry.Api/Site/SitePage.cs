using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterRegistry.Api.Site;

/// <summary>A page of the site: it reads the registry through <see cref="SiteGraphQL"/> and shows a problem page on 404/400.</summary>
public abstract class SitePage(SiteGraphQL graphQL) : PageModel
{
    protected SiteGraphQL GraphQL { get; } = graphQL;

    /// <summary>Set when the page shows a problem (404 or 400) instead of its content.</summary>
    public SiteProblem? Failure { get; private set; }

    protected Task<T> RunAsync<T>(string operation, object? variables = null) => GraphQL.RunAsync<T>(HttpContext, operation, variables);

    public IActionResult Problem(SiteProblem problem)
    {
        Failure = problem;
        Response.StatusCode = problem.Status;
        return Page();
    }
}
