using ClusterRegistry.Clusters;
using ClusterRegistry.Regions;

namespace ClusterRegistry.Data.Import;

/// <summary>
/// Resolves a place written as province + prefecture + county names to a county-level division. County names
/// repeat across China, so a name is only accepted where it is unique within what the row states.
/// </summary>
public sealed class RegionDirectory
{
    /// <summary>Municipalities list their districts (and Chongqing its counties) under pseudo-prefectures of these names.</summary>
    private static readonly string[] MunicipalPseudoPrefectures = ["市辖区", "县"];

    private readonly Dictionary<string, Region> _byCode;
    private readonly ILookup<string, Region> _children;

    public RegionDirectory(IEnumerable<Region> regions)
    {
        _byCode = regions.ToDictionary(r => r.Code);
        _children = _byCode.Values.ToLookup(r => r.ParentCode ?? "");
    }

    public ResolvedPlace Resolve(string province, string prefecture, string county)
    {
        var provinceRegion = _children[""].FirstOrDefault(r => r.Name == province);
        if (provinceRegion is null) return ResolvedPlace.Failed($"province '{province}' is not a provincial-level division");

        var prefectures = _children[provinceRegion.Code].ToList();
        List<Region> candidatePrefectures;
        if (prefecture.Length == 0) candidatePrefectures = prefectures;
        else
        {
            candidatePrefectures = prefectures
                .Where(p => p.Name == prefecture || (prefecture == province && MunicipalPseudoPrefectures.Contains(p.Name)))
                .ToList();
            if (candidatePrefectures.Count == 0)
                return ResolvedPlace.Failed($"prefecture '{prefecture}' is not in {province}");
        }

        if (county.Length == 0)
            return ResolvedPlace.Failed("no county-level division is named, and it cannot be inferred");

        var counties = candidatePrefectures.SelectMany(p => _children[p.Code]).ToList();
        var matches = counties.Where(c => c.Name == county).ToList();
        if (matches.Count == 0 && prefecture.Length > 0 && IsTownOrStreet(county))
        {
            // A town or street of a city without counties (东莞, 中山): the city itself is the county-level unit.
            matches = counties.Where(c => c.Name == prefecture).ToList();
        }
        return matches.Count switch
        {
            1 => ResolvedPlace.Found(ClusterLocation.Of(matches[0].Code, matches[0].ParentCode!)),
            0 => ResolvedPlace.Failed($"county-level division '{county}' is not in {province}{prefecture}"),
            _ => ResolvedPlace.Failed($"county-level division '{county}' is ambiguous in {province}{prefecture} ({string.Join(", ", matches.Select(m => m.Code))})"),
        };
    }

    private static bool IsTownOrStreet(string name) =>
        name.EndsWith("街道", StringComparison.Ordinal) || name.EndsWith('镇') || name.EndsWith('乡');
}

public sealed record ResolvedPlace(ClusterLocation? Location, string? Reason)
{
    public static ResolvedPlace Found(ClusterLocation location) => new(location, null);
    public static ResolvedPlace Failed(string reason) => new(null, reason);
}
