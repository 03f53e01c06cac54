using System.Text;
using ClusterRegistry.Clusters;
using ClusterRegistry.Regions;

namespace ClusterRegistry.Data.Import;

/// <summary>
/// Resolves a place written as province + prefecture + county (names or codes, as a published list writes them) to a
/// county-level division. County names repeat across China, so a name is only accepted where it is unique within what
/// the row states. Written forms are normalised first: full-width characters and spaces, short names of provinces,
/// autonomous regions and prefectures (广西, 延边州, 厦门), county names without their suffix (德化).
/// </summary>
public sealed class RegionDirectory
{
    /// <summary>Municipalities list their districts (and Chongqing its counties) under pseudo-prefectures of these names.</summary>
    private static readonly string[] MunicipalPseudoPrefectures = ["市辖区", "县"];

    private static readonly string[] ProvinceSuffixes = ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"];
    private static readonly string[] PrefectureSuffixes = ["地区", "市", "州", "盟"];
    private static readonly string[] CountySuffixes = ["县", "区", "市", "旗"];
    private static readonly string[] DevelopmentZones = ["经开区", "经济开发区", "经济技术开发区", "高新区", "高新技术产业开发区", "开发区", "园区", "工业区"];

    private readonly Dictionary<string, Region> _byCode;
    private readonly ILookup<string, Region> _children;

    public RegionDirectory(IEnumerable<Region> regions)
    {
        _byCode = regions.ToDictionary(r => r.Code);
        _children = _byCode.Values.ToLookup(r => r.ParentCode ?? "");
    }

    /// <summary>Full-width letters, digits and spaces become ASCII (NFKC); all white space goes.</summary>
    public static string Normalize(string? written) =>
        new((written ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    public ResolvedPlace Resolve(string province, string prefecture, string county, string? clusterName = null)
    {
        province = Normalize(province);
        prefecture = Normalize(prefecture);
        county = Normalize(county);

        var provinceRegion = Match(_children[""].ToList(), province, ProvinceSuffixes, codeLength: 2);
        if (provinceRegion is null) return ResolvedPlace.Failed($"province '{province}' is not a provincial-level division");

        var prefectures = _children[provinceRegion.Code].ToList();
        List<Region> candidatePrefectures;
        if (prefecture.Length == 0) candidatePrefectures = prefectures;
        else if (Stem(prefecture, ProvinceSuffixes) == Stem(provinceRegion.Name, ProvinceSuffixes))
            candidatePrefectures = prefectures.Where(p => MunicipalPseudoPrefectures.Contains(p.Name) || p.Name == prefecture).ToList();
        else
        {
            var match = Match(prefectures, prefecture, PrefectureSuffixes, codeLength: 4);
            if (match is null) return ResolvedPlace.Failed($"prefecture '{prefecture}' is not in {provinceRegion.Name}");
            candidatePrefectures = [match];
        }

        var counties = candidatePrefectures.SelectMany(p => _children[p.Code]).ToList();
        if (county.Length == 0)
            return clusterName is null ? ResolvedPlace.Failed("no county-level division is named, and it cannot be inferred") : Infer(counties, Normalize(clusterName));

        if (county.Length == 6 && county.All(char.IsAsciiDigit))
            return counties.FirstOrDefault(c => c.Code == county) is { } byCode
                ? Found(byCode)
                : ResolvedPlace.Failed($"county-level code '{county}' is not in {provinceRegion.Name}{prefecture}");
        var matches = counties.Where(c => c.Name == county).ToList();
        if (matches.Count == 0 && !IsDevelopmentZone(county))
            matches = counties.Where(c => Stem(c.Name, CountySuffixes) == Stem(county, CountySuffixes) && Stem(county, CountySuffixes).Length >= 2).ToList();
        if (matches.Count == 0 && prefecture.Length > 0 && IsTownOrStreet(county))
        {
            // A town or street of a city without counties (东莞, 中山): the city itself is the county-level unit.
            matches = counties.Where(c => Stem(c.Name, PrefectureSuffixes) == Stem(prefecture, PrefectureSuffixes)).ToList();
        }
        return matches.Count switch
        {
            1 => Found(matches[0]),
            0 when IsDevelopmentZone(county) => ResolvedPlace.Failed($"'{county}' is a development zone, not a county-level division: name the county it lies in"),
            0 => ResolvedPlace.Failed($"county-level division '{county}' is not in {provinceRegion.Name}{prefecture}"),
            _ => ResolvedPlace.Failed($"county-level division '{county}' is ambiguous in {provinceRegion.Name}{prefecture} ({string.Join(", ", matches.Select(m => m.Code))}): name its prefecture"),
        };
    }

    /// <summary>The names of a place's province, prefecture and county, in that order (for stripping them off a cluster's name).</summary>
    public IEnumerable<string> NamesOf(ClusterLocation? location) =>
        location is null ? [] : new[] { location.ProvinceCode, location.PrefectureCode, location.CountyCode }
            .Select(code => _byCode.GetValueOrDefault(code)?.Name).OfType<string>().Where(n => !MunicipalPseudoPrefectures.Contains(n));

    /// <summary>A list that names no county: the one county-level division of the stated area whose name the cluster's name contains.</summary>
    private static ResolvedPlace Infer(List<Region> counties, string clusterName)
    {
        var named = counties.Where(c => clusterName.Contains(c.Name, StringComparison.Ordinal)).ToList();
        return named.Count == 1
            ? Found(named[0]) with { Warning = $"county-level division inferred from the name: {named[0].Name}" }
            : ResolvedPlace.Failed(named.Count == 0
                ? "no county-level division is named, and it cannot be inferred"
                : $"no county-level division is named, and the name fits several ({string.Join(", ", named.Select(n => n.Name))})");
    }

    private static ResolvedPlace Found(Region county) => ResolvedPlace.Found(ClusterLocation.Of(county.Code, county.ParentCode!));

    private static Region? Match(List<Region> regions, string written, string[] suffixes, int codeLength)
    {
        if (written.Length == codeLength && written.All(char.IsAsciiDigit)) return regions.FirstOrDefault(r => r.Code == written);
        var exact = regions.Where(r => r.Name == written).ToList();
        if (exact.Count == 1) return exact[0];
        var stem = Stem(written, suffixes);
        if (stem.Length < 2) return null;
        var loose = regions.Where(r => Stem(r.Name, suffixes) == stem || (r.Name.Contains("自治") && r.Name.StartsWith(stem, StringComparison.Ordinal))).ToList();
        return loose.Count == 1 ? loose[0] : null;
    }

    private static string Stem(string name, string[] suffixes)
    {
        foreach (var suffix in suffixes)
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        return name;
    }

    private static bool IsDevelopmentZone(string name) => DevelopmentZones.Any(z => name.EndsWith(z, StringComparison.Ordinal));

    private static bool IsTownOrStreet(string name) =>
        name.EndsWith("街道", StringComparison.Ordinal) || name.EndsWith('镇') || name.EndsWith('乡');
}

public sealed record ResolvedPlace(ClusterLocation? Location, string? Reason)
{
    /// <summary>A note on how the place was found (e.g. inferred from the name), for an import report.</summary>
    public string? Warning { get; init; }

    public static ResolvedPlace Found(ClusterLocation location) => new(location, null);
    public static ResolvedPlace Failed(string reason) => new(null, reason);
}
