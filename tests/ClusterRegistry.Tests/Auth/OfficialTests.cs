using System.Security.Claims;
using ClusterRegistry.Api.Auth;

namespace ClusterRegistry.Tests.Auth;

/// <summary>Reads officials from the principals the API's real bearer handler builds, claim mapping included.</summary>
public sealed class OfficialTests(AuthApiFactory factory) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task A_ministry_official_acts_in_every_province()
    {
        var official = await OfficialFromAsync(TestTokens.For(RegistryRoles.Ministry, name: "工信部官员", subject: "m-1"));

        Assert.Equal(new Official("m-1", "工信部官员", RegistryRoles.Ministry, null), official);
        Assert.True(official!.MayActInProvince("44"));
        Assert.True(official.MayActInProvince("11"));
    }

    [Fact]
    public async Task A_provincial_official_acts_only_in_their_province()
    {
        var official = await OfficialFromAsync(TestTokens.For(RegistryRoles.Province, "44", subject: "p-44"));

        Assert.Equal(new Official("p-44", TestTokens.DefaultName, RegistryRoles.Province, "44"), official);
        Assert.True(official!.MayActInProvince("44"));
        Assert.False(official.MayActInProvince("45"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("4")]
    [InlineData("440000")]
    [InlineData("GD")]
    public async Task A_provincial_official_without_a_valid_province_claim_acts_nowhere(string? province)
    {
        var official = await OfficialFromAsync(TestTokens.For(RegistryRoles.Province, province));

        Assert.NotNull(official);
        Assert.Null(official.ProvinceCode);
        Assert.False(official.MayActInProvince("44"));
        Assert.False(official.MayActInProvince(province ?? ""));
    }

    [Fact]
    public async Task A_signed_in_user_without_a_registry_role_is_no_official()
    {
        Assert.Null(await OfficialFromAsync(TestTokens.SignedInWithoutRole()));
    }

    [Fact]
    public void An_anonymous_caller_is_no_official()
    {
        Assert.Null(Official.From(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Null(Official.From(null));
    }

    [Fact]
    public void Unmapped_claims_are_read_too()
    {
        var identity = new ClaimsIdentity(
            [new Claim("sub", "s-1"), new Claim("name", "李四"), new Claim("roles", RegistryRoles.Province), new Claim("province", "33")],
            "Bearer", "name", "roles");

        Assert.Equal(new Official("s-1", "李四", RegistryRoles.Province, "33"), Official.From(new ClaimsPrincipal(identity)));
    }

    private async Task<Official?> OfficialFromAsync(string token)
    {
        var principal = await factory.AuthenticateAsync(token);
        Assert.NotNull(principal);
        return Official.From(principal);
    }
}
