using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace ClusterRegistry.Api.Site;

/// <summary>
/// The site's languages: Chinese at the root, English under <c>/en/…</c>, so that every URL names its language and can
/// be shared and cached as it is.
/// </summary>
public static class SiteCulture
{
    public const string EnglishPrefix = "/en";

    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static bool IsEnglish(HttpRequest request) =>
        request.Path.StartsWithSegments(EnglishPrefix, StringComparison.OrdinalIgnoreCase);

    public static bool IsEnglish() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The <c>lang</c> attribute of the current language.</summary>
    public static string Lang => IsEnglish() ? "en" : "zh-CN";

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = [Chinese, English],
            SupportedUICultures = [Chinese, English],
        };
        options.RequestCultureProviders.Clear();
        options.RequestCultureProviders.Add(new CustomRequestCultureProvider(http =>
            Task.FromResult<ProviderCultureResult?>(IsEnglish(http.Request) ? new ProviderCultureResult(English.Name) : null)));
        return options;
    }

    /// <summary>
    /// Gives every page a second route under <see cref="EnglishPrefix"/>; not the fallback page, which already answers
    /// every unknown path in both languages (and would otherwise match twice).
    /// </summary>
    public sealed class EnglishRoutes(string fallbackPage) : IPageRouteModelConvention
    {
        public void Apply(PageRouteModel model)
        {
            if (model.ViewEnginePath == fallbackPage) return;
            foreach (var selector in model.Selectors.ToList())
                model.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel
                    {
                        Template = AttributeRouteModel.CombineTemplates(EnglishPrefix.TrimStart('/'), selector.AttributeRouteModel!.Template),
                    },
                });
        }
    }
}
