using System.Globalization;

namespace ClusterRegistry.Api.Site;

/// <summary>Links and formats in the current language: paths get the /en prefix on English pages; dates and numbers follow the culture.</summary>
public static class SiteFormat
{
    /// <summary>A site path in the current language.</summary>
    public static string Link(string path) =>
        SiteCulture.IsEnglish() ? SiteCulture.EnglishPrefix + (path == "/" ? "" : path) : path;

    /// <summary>The same page in the other language.</summary>
    public static string OtherLanguage(HttpRequest request)
    {
        var path = request.Path.Value ?? "/";
        var query = request.QueryString.Value;
        if (SiteCulture.IsEnglish(request))
        {
            var rest = path[SiteCulture.EnglishPrefix.Length..];
            return (rest.Length == 0 ? "/" : rest) + query;
        }
        return SiteCulture.EnglishPrefix + (path == "/" ? "" : path) + query;
    }

    public static string Date(DateOnly date) =>
        date.ToString(SiteCulture.IsEnglish() ? "d MMM yyyy" : "yyyy年M月d日", CultureInfo.CurrentCulture);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "—";

    public static string Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(moment.UtcDateTime));

    public static string Number(int number) => number.ToString("N0", CultureInfo.CurrentCulture);

    public static string Number(decimal? number) => number is { } value ? value.ToString("N0", CultureInfo.CurrentCulture) : "—";

    public static string Percent(decimal? share) => share is { } value ? value.ToString("P1", CultureInfo.CurrentCulture) : "—";

    /// <summary>An enum value as a URL word: REVIEW_PENDING → review-pending.</summary>
    public static string UrlWord(string value) => value.ToLowerInvariant().Replace('_', '-');
}
