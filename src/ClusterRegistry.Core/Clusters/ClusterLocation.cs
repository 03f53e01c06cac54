namespace ClusterRegistry.Clusters;

/// <summary>
/// The county-level division a cluster sits in (Art. 2: a cluster lies within one county-level division),
/// with its prefecture and province.
/// </summary>
public sealed record ClusterLocation
{
    private ClusterLocation(string provinceCode, string prefectureCode, string countyCode)
    {
        ProvinceCode = provinceCode;
        PrefectureCode = prefectureCode;
        CountyCode = countyCode;
    }

    public string ProvinceCode { get; }
    public string PrefectureCode { get; }
    public string CountyCode { get; }

    /// <summary>The location of a county-level division, from its 6-digit code and its prefecture's 4-digit code.</summary>
    public static ClusterLocation Of(string countyCode, string prefectureCode)
    {
        if (countyCode.Length != 6 || !countyCode.All(char.IsAsciiDigit))
            throw new DomainException(DomainError.InvalidRegion, $"'{countyCode}' is not a county-level division code.");
        if (prefectureCode.Length != 4 || !countyCode.StartsWith(prefectureCode[..2], StringComparison.Ordinal))
            throw new DomainException(DomainError.InvalidRegion, $"County {countyCode} is not in prefecture {prefectureCode}.");
        return new ClusterLocation(countyCode[..2], prefectureCode, countyCode);
    }
}
