using System.Globalization;
using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Changes;
using ClusterRegistry.Api.Regions;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClusterRegistry.Api.OpenData;

/// <summary>
/// GET /data/{table}.{csv|xlsx|json} — the whole registry as of now (statuses on <c>?on=YYYY-MM-DD</c>, default today
/// in China), streamed; and GET /data/datapackage.json, the Frictionless Data Package describing every file.
/// </summary>
public static class OpenDataEndpoints
{
    public const string Prefix = "/data";
    public const string ChangesCursorHeader = "Registry-Changes-Cursor";

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        var catalog = new OpenDataCatalog(app.ServiceProvider.GetRequiredService<RegionCatalog>());
        var group = app.MapGroup(Prefix);
        group.MapGet("/datapackage.json", (HttpContext http) => DataPackage.WriteAsync(http, catalog));
        group.MapGet("/{file}", (HttpContext http, string file) => DownloadAsync(http, catalog, file));
        return app;
    }

    private static async Task DownloadAsync(HttpContext http, OpenDataCatalog catalog, string file)
    {
        if (catalog.Find(file) is not { } found)
        {
            await Problem(http, StatusCodes.Status404NotFound, $"No file '{file}'. The files are listed in {Prefix}/datapackage.json.");
            return;
        }
        var (table, format) = found;
        var on = RegistryClock.Today;
        if (http.Request.Query.TryGetValue("on", out var given)
            && !DateOnly.TryParseExact(given.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
        {
            await Problem(http, StatusCodes.Status400BadRequest, "'on' must be a date written YYYY-MM-DD, e.g. ?on=2025-06-30.");
            return;
        }

        var ct = http.RequestAborted;
        var contexts = http.RequestServices.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        // Read before the rows: a write landing meanwhile gives fresh data an old ETag, never stale data a new one.
        var version = await OpenDataVersion.ReadAsync(contexts, ct);
        var etag = version.ETag(table.Name, format.Extension, on.ToString("O"));
        var response = http.Response;
        response.Headers.ETag = etag;
        response.Headers.LastModified = version.LastModified.ToString("R");
        // Where a portal that loads this file starts following registryChanges.
        response.Headers[ChangesCursorHeader] = ChangeCursor.Encode(version.AuditEventId);
        response.Headers.CacheControl = $"public, max-age={http.RequestServices.GetRequiredService<IOptions<HttpCachingOptions>>().Value.MaxAgeSeconds}";
        if (IsNotModified(http.Request, etag, version.LastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = format.MediaType;
        var name = given.Count > 0 ? $"{table.Name}-{on:yyyy-MM-dd}.{format.Extension}" : file;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name }.ToString();
        await format.WriteAsync(response, table, table.RowsAsync(contexts, on, ct), ct);
    }

    /// <summary>If-None-Match wins; If-Modified-Since counts only without it (RFC 9110 §13.2.2).</summary>
    private static bool IsNotModified(HttpRequest request, string etag, DateTimeOffset lastModified)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch.Count > 0)
            return headers.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));
        return headers.IfModifiedSince is { } since && lastModified <= since;
    }

    internal static Task Problem(HttpContext http, int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status).ExecuteAsync(http);
}
