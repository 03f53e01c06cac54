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
        new Region("45", "广西壮族自治区", RegionLevel.Province, null),
        new Region("4502", "柳州市", RegionLevel.Prefecture, "45"),
        new Region("450202", "城中区", RegionLevel.County, "4502"),
        new Region("22", "吉林省", RegionLevel.Province, null),
        new Region("2224", "延边朝鲜族自治州", RegionLevel.Prefecture, "22"),
        new Region("222403", "敦化市", RegionLevel.County, "2224"),
        new Region("62", "甘肃省", RegionLevel.Province, null),
        new Region("6209", "酒泉市", RegionLevel.Prefecture, "62"),
        new Region("620902", "肃州区", RegionLevel.County, "6209"),
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

    [Theory]
    [InlineData("广西", "柳州", "城中区", "450202")]
    [InlineData("广西壮族自治区", "柳州市", "城中", "450202")]
    [InlineData("吉林省", "延边州", "敦化市", "222403")]
    [InlineData("吉林", "", "敦化", "222403")]
    [InlineData("广东省　", "广州 市", "黄埔区", "440112")]
    [InlineData("44", "4401", "440112", "440112")]
    [InlineData("北京", "北京", "海淀区", "110108")]
    public void Written_forms_of_annexes_resolve(string province, string prefecture, string county, string code) =>
        Assert.Equal(code, Directory.Resolve(province, prefecture, county).Location?.CountyCode);

    [Fact]
    public void A_development_zone_is_not_a_county() =>
        Assert.Contains("development zone", Directory.Resolve("甘肃省", "酒泉市", "酒泉经开区").Reason);

    [Fact]
    public void A_district_name_of_several_prefectures_asks_for_the_prefecture() =>
        Assert.Contains("name its prefecture", Directory.Resolve("山东省", "", "市中区").Reason);

    [Fact]
    public void A_county_is_inferred_from_the_cluster_name_only_when_one_fits()
    {
        var inferred = Directory.Resolve("吉林省", "", "", "吉林省敦化市医药产业集群");
        Assert.Equal("222403", inferred.Location?.CountyCode);
        Assert.NotNull(inferred.Warning);
        Assert.Null(Directory.Resolve("甘肃省", "", "", "酒泉经开区风电装备制造集群").Location);
        Assert.Null(Directory.Resolve("吉林省", "", "").Location);
    }
}
