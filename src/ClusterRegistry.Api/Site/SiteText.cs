namespace ClusterRegistry.Api.Site;

/// <summary>The site's texts: SiteText.resx (Chinese, the default) and SiteText.en.resx (English).</summary>
public sealed class SiteText;
