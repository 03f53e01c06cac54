using System.Text.Encodings.Web;
using Microsoft.Net.Http.Headers;

namespace ClusterRegistry.Api.Ide;

/// <summary>
/// GraphiQL, for a browser that opens the GraphQL endpoint. Its scripts and styles are served by this API from
/// wwwroot/ide (see vendor/README.md there), so the page works without any other site.
/// </summary>
public static class GraphiQLPage
{
    public const string AssetPath = "/ide";

    // Only this origin: no CDN can slip in. Inline styles are fine for the CSP, as React sets them through the DOM.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>A browser navigating to the endpoint: a GET without a query that accepts HTML.</summary>
    public static bool IsRequestedBy(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && request.GetTypedHeaders().Accept.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && range.Quality is not 0);

    public static Task WriteAsync(HttpContext http)
    {
        var response = http.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.CacheControl = "no-cache";
        // The same URL answers GraphQL clients with JSON.
        response.Headers.Vary = HeaderNames.Accept;
        return response.WriteAsync(Html(HtmlEncoder.Default.Encode(http.Request.PathBase + AssetPath)), http.RequestAborted);
    }

    private static string Html(string assets) => $"""
        <!doctype html>
        <html lang="zh-CN">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>ClusterRegistry GraphQL</title>
          <link rel="icon" href="data:,">
          <link rel="stylesheet" href="{assets}/vendor/graphiql-4.1.2/graphiql.min.css">
          <link rel="stylesheet" href="{assets}/page.css">
        </head>
        <body>
          <div id="graphiql">正在加载 GraphiQL… Loading GraphiQL…</div>
          <script src="{assets}/vendor/react-18.3.1/react.production.min.js"></script>
          <script src="{assets}/vendor/react-dom-18.3.1/react-dom.production.min.js"></script>
          <script src="{assets}/vendor/graphiql-4.1.2/graphiql.min.js"></script>
          <script src="{assets}/page.js"></script>
        </body>
        </html>
        """;
}
