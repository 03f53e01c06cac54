using ClusterRegistry.Api.Site.Data;

namespace ClusterRegistry.Api.Site;

/// <summary>Previous and next links of a page of a connection, by cursor (<c>before</c>/<c>after</c> in the query string).</summary>
public sealed record Pager(string? PreviousUrl, string? NextUrl)
{
    public const int PageSize = 20;

    public sealed record Page(int? First, string? After, int? Last, string? Before);

    /// <summary>The connection arguments for a request's <c>after</c> or <c>before</c>.</summary>
    public static Page Arguments(HttpRequest request)
    {
        var before = request.Query["before"].ToString() is { Length: > 0 } b ? b : null;
        var after = request.Query["after"].ToString() is { Length: > 0 } a ? a : null;
        return before is not null ? new Page(null, null, PageSize, before) : new Page(PageSize, after, null, null);
    }

    public static Pager For(PageInfo page, HttpRequest request, Func<string?, string?, string> url)
    {
        var backwards = request.Query.ContainsKey("before");
        var forwardsPaged = request.Query.ContainsKey("after");
        var hasPrevious = backwards ? page.HasPreviousPage : forwardsPaged;
        var hasNext = backwards || page.HasNextPage;
        return new Pager(
            hasPrevious && page.StartCursor is not null ? url(null, page.StartCursor) : null,
            hasNext && page.EndCursor is not null ? url(page.EndCursor, null) : null);
    }

    /// <summary>The request's path in the current language with <c>after</c> or <c>before</c>.</summary>
    public static Func<string?, string?, string> PathWithCursor(HttpRequest request) => (after, before) =>
        request.Path + (after is not null ? "?after=" + Uri.EscapeDataString(after) : before is not null ? "?before=" + Uri.EscapeDataString(before) : "");
}
