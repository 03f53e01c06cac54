using System.Text.Json;

namespace ClusterRegistry.Api.Site;

/// <summary>How the site reads GraphQL data into its records: camelCase names, as the schema writes them.</summary>
public static class SiteJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
