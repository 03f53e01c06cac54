namespace ClusterRegistry.Api.Site;

/// <summary>A request the site answers with a friendly error page: 404 for an unknown record, 400 for a malformed parameter.</summary>
public sealed class SiteProblem(int status, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public static SiteProblem NotFound(string detail) => new(StatusCodes.Status404NotFound, detail);

    public static SiteProblem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, detail);
}
