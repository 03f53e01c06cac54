using Microsoft.AspNetCore.StaticFiles;

namespace ClusterRegistry.Api.Ide;

public static class IdeAssets
{
    /// <summary>Serves wwwroot, which holds the IDE's scripts and styles under <see cref="GraphiQLPage.AssetPath"/>.</summary>
    public static WebApplication UseIdeAssets(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = CacheVendoredFilesForAYear });
        return app;
    }

    // A vendored file's folder names its version, so its content never changes under the same URL.
    private static void CacheVendoredFilesForAYear(StaticFileResponseContext context)
    {
        if (context.Context.Request.Path.StartsWithSegments($"{GraphiQLPage.AssetPath}/vendor"))
            context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
    }
}
