using ClusterRegistry.Data.Import;
using ClusterRegistry.Regions;

namespace ClusterRegistry.Tests.Domain;

public class RegionDirectoryTests
{
    /// <summary>A few real divisions, enough to exercise the rules.</summary>
    private static readonly RegionDirectory Directory = new([
        new Region("11", "北京市", RegionLevel.Province, null),
        new Region("1101", "市辖区", RegionLevel.Prefecture, "11"),
        new Region("110108", "海淀区", RegionLevel.County, "1101"),
        new Region("50", "重庆市", RegionLevel.Province, null),
        new Region("5001", "市辖区", RegionLevel.Prefecture, "50"),
        new Region("500101", "万州区", RegionLevel.County, "5001"),
        new Region("5002", "县", RegionLevel.Prefecture, "50"),
        new Region("500233", "忠县", RegionLevel.County, "5002"),
        new Region("44", "广东省", RegionLevel.Province, null),
        new Region("4419", "东莞市", RegionLevel.Prefecture, "44"),
        new Region("441900", "东莞市", RegionLevel.County, "4419"),
        new Region("4401", "广州市", RegionLevel.Prefecture, "44"),
        new Region("440112", "黄埔区", RegionLevel.County, "4401"),
        new Region("4408", "湛江市", RegionLevel.Prefecture, "44"),
        new Region("440811", "麻章区", RegionLevel.County, "4408"),
        new Region("37", "山东省", RegionLevel.Province, null),
        new Region("3701", "济南市", RegionLevel.Prefecture, "37"),
        new Region("370103", "市中区", RegionLevel.County, "3701"),
        new Region("3704", "枣庄市", RegionLevel.Prefecture, "37"),
        new Region("370402", "市中区", RegionLevel.County, "3704"),
    ]);

    [Fact]
    public void A_municipality_resolves_through_its_district_pseudo_prefecture() =>
        Assert.Equal("110108", Directory.Resolve("北京市", "北京市", "海淀区").Location?.CountyCode);

    [Fact]
    public void A_county_of_chongqing_resolves_through_its_county_pseudo_prefecture() =>
        Assert.Equal("500233", Directory.Resolve("重庆市", "重庆市", "忠县").Location?.CountyCode);

    [Fact]
    public void A_county_named_without_its_prefecture_resolves_when_unique_in_the_province() =>
        Assert.Equal("440112", Directory.Resolve("广东省", "", "黄埔区").Location?.CountyCode);

    [Fact]
    public void A_street_of_a_city_without_counties_resolves_to_the_city() =>
        Assert.Equal("441900", Directory.Resolve("广东省", "东莞市", "万江街道").Location?.CountyCode);

    [Fact]
    public void A_county_in_the_wrong_prefecture_is_not_guessed() =>
        Assert.Contains("not in", Directory.Resolve("广东省", "湛江市", "黄埔区").Reason);

    [Fact]
    public void A_county_name_repeated_in_the_province_is_ambiguous_without_its_prefecture()
    {
        Assert.Contains("ambiguous", Directory.Resolve("山东省", "", "市中区").Reason);
        Assert.Equal("370402", Directory.Resolve("山东省", "枣庄市", "市中区").Location?.CountyCode);
    }

    [Fact]
    public void A_missing_county_is_reported() =>
        Assert.NotNull(Directory.Resolve("广东省", "广州市", "").Reason);

    [Fact]
    public void An_unknown_province_is_reported() =>
        Assert.Contains("province", Directory.Resolve("火星省", "", "海淀区").Reason);
}
