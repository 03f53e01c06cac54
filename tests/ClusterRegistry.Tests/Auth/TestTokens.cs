using System.Net.Http.Headers;
using System.Text;
using ClusterRegistry.Api.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ClusterRegistry.Tests.Auth;

/// <summary>
/// Bearer tokens the API accepts in the Testing environment, signed with the development key from
/// appsettings.Testing.json. Anonymous callers simply send no token.
/// </summary>
public static class TestTokens
{
    public const string DefaultSubject = "00000000-0000-0000-0000-0000000000aa";
    public const string DefaultName = "测试官员";

    /// <summary>The development signing settings of the Testing environment.</summary>
    public static DevelopmentSigningOptions Signing { get; } = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.Testing.json"))
        .Build()
        .GetSection(DevelopmentSigningOptions.Section)
        .Get<DevelopmentSigningOptions>() ?? throw new InvalidOperationException("appsettings.Testing.json has no Auth:Development.");

    /// <summary>An official with <paramref name="role"/>; <paramref name="province"/> becomes the <c>province</c> claim.</summary>
    public static string For(string role, string? province = null, string name = DefaultName, string subject = DefaultSubject) =>
        Mint(Claims(name, subject, role, province));

    /// <summary>A signed-in user with no registry role: a delegated scope and nothing else.</summary>
    public static string SignedInWithoutRole(string name = DefaultName, string subject = DefaultSubject) =>
        Mint(Claims(name, subject, role: null, province: null));

    public static string Expired(string role, string? province = null) =>
        Mint(Claims(DefaultName, DefaultSubject, role, province), issuedAt: DateTime.UtcNow.AddHours(-2), lifetime: TimeSpan.FromHours(1));

    /// <summary>A well-formed token signed with a key the API does not know.</summary>
    public static string SignedWithForeignKey(string role, string? province = null) =>
        Mint(Claims(DefaultName, DefaultSubject, role, province),
            key: new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-foreign-key-that-nobody-configured-0003")));

    public static HttpClient WithBearer(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Dictionary<string, object> Claims(string name, string subject, string? role, string? province)
    {
        var claims = new Dictionary<string, object> { ["oid"] = subject, ["sub"] = subject, ["name"] = name };
        if (role is null) claims["scp"] = "access_as_user";
        else claims["roles"] = new[] { role };
        if (province is not null) claims["province"] = province;
        return claims;
    }

    private static string Mint(Dictionary<string, object> claims, DateTime? issuedAt = null, TimeSpan? lifetime = null, SecurityKey? key = null)
    {
        var now = issuedAt ?? DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Signing.Issuer,
            Audience = Signing.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(1)),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? Signing.Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
