using ClusterRegistry.Data.Import;
using MiniExcelLibs;

namespace ClusterRegistry.Api.Import;

/// <summary>
/// Reads an annex (.xlsx with MiniExcel, .csv with CsvHelper) into import rows, recognising the column headings MIIT's
/// and the provinces' annexes use (序号, 省份, 集群名称, 主导产业, …) as well as the API's own field names.
/// </summary>
public static class AnnexFile
{
    private static readonly Dictionary<string, string[]> Headings = new()
    {
        ["number"] = ["序号", "number", "no"],
        ["province"] = ["省份", "省", "省(区、市)", "省(自治区、直辖市)", "地区", "province"],
        ["prefecture"] = ["地市", "市", "地级市", "市(州)", "prefecture"],
        ["county"] = ["县(市、区)", "县(区、市)", "区县", "县区", "县", "区", "所在县区", "county"],
        ["name"] = ["集群名称", "名称", "name"],
        ["leadIndustry"] = ["主导产业", "leadindustry", "lead_industry"],
        ["sourceUrl"] = ["来源", "sourceurl", "source_url"],
    };

    public static IReadOnlyList<AnnexRowInput> Read(string path)
    {
        var records = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => ReadXlsx(path),
            ".csv" => ReadCsv(path),
            var other => throw new FormatException($"'{other}' files are not read: give an .xlsx or a .csv file."),
        };
        return records.Select((record, i) => Row(record, i + 1)).Where(r => r.Name.Length > 0 || r.Province.Length > 0).ToList();
    }

    private static IEnumerable<Dictionary<string, string>> ReadXlsx(string path) =>
        MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(row => row.ToDictionary(c => c.Key, c => Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));

    private static IEnumerable<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return CsvRows.Read(reader).Select(row => row.ToDictionary(c => c.Key, c => c.Value)).ToList();
    }

    private static AnnexRowInput Row(Dictionary<string, string> record, int position)
    {
        var byField = new Dictionary<string, string>();
        foreach (var (heading, value) in record)
        {
            var key = RegionDirectory.Normalize(heading).ToLowerInvariant();
            var field = Headings.FirstOrDefault(h => h.Value.Contains(key)).Key;
            if (field is not null) byField.TryAdd(field, value.Trim());
        }
        if (!byField.ContainsKey("name") || !byField.ContainsKey("province"))
            throw new FormatException($"The file needs a 集群名称 (name) and a 省份 (province) column; its columns are: {string.Join(", ", record.Keys)}.");
        return new AnnexRowInput
        {
            Number = int.TryParse(byField.GetValueOrDefault("number"), out var number) ? number : position,
            Name = byField["name"],
            Province = byField["province"],
            Prefecture = byField.GetValueOrDefault("prefecture"),
            County = byField.GetValueOrDefault("county"),
            LeadIndustry = byField.GetValueOrDefault("leadIndustry"),
            SourceUrl = byField.GetValueOrDefault("sourceUrl"),
        };
    }
}
