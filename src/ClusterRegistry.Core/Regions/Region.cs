namespace ClusterRegistry.Regions;

/// <summary>
/// A division of the national statistical division code: 2 digits for a province, 4 for a prefecture,
/// 6 for a county-level division.
/// </summary>
public sealed class Region
{
    private Region() { }

    public Region(string code, string name, RegionLevel level, string? parentCode)
    {
        if (ExpectedLength(level) != code.Length || !code.All(char.IsAsciiDigit))
            throw new ArgumentException($"'{code}' is not a {level} code.", nameof(code));
        Code = code;
        Name = name;
        Level = level;
        ParentCode = parentCode;
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public RegionLevel Level { get; private set; }
    public string? ParentCode { get; private set; }
    public string ProvinceCode => Code[..2];

    /// <summary>
    /// Cities such as 东莞 and 中山 have no county-level divisions: there the prefecture itself is the county-level unit.
    /// </summary>
    public static int ExpectedLength(RegionLevel level) => level switch
    {
        RegionLevel.Province => 2,
        RegionLevel.Prefecture => 4,
        RegionLevel.County => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static RegionLevel LevelOfCode(string code) => code.Length switch
    {
        2 => RegionLevel.Province,
        4 => RegionLevel.Prefecture,
        6 => RegionLevel.County,
        _ => throw new ArgumentException($"'{code}' is not a division code.", nameof(code)),
    };
}
