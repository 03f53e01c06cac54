using ClusterRegistry.Api.Schema;
using ClusterRegistry.Regions;

namespace ClusterRegistry.Api.Regions;

public sealed class RegionLevelType() : DescribedEnumType<RegionLevel>(
    "The level of an administrative division.",
    new Dictionary<RegionLevel, string>
    {
        [RegionLevel.Province] = "A provincial-level division (2-digit code).",
        [RegionLevel.Prefecture] = "A prefecture-level division (4-digit code).",
        [RegionLevel.County] = "A county-level division (6-digit code).",
    });
