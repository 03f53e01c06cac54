using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ClusterRegistry.Api.Auth;

/// <summary>What a development token says about its holder.</summary>
/// <param name="Role">One of <see cref="RegistryRoles"/>, or null for a signed-in user with no registry role.</param>
public sealed record DevelopmentToken(string? Role, string? ProvinceCode, string Name, string Subject, TimeSpan Lifetime)
{
    /// <summary>The delegated scope a token without an app role carries; Identity.Web rejects tokens with neither.</summary>
    public const string DefaultScope = "access_as_user";

    /// <summary>Signs the token with the development key, shaped like an Entra ID access token.</summary>
    public string Sign(DevelopmentSigningOptions signing, DateTime utcNow)
    {
        var claims = new Dictionary<string, object>
        {
            [RegistryClaims.ObjectId] = Subject,
            [RegistryClaims.Subject] = Subject,
            [RegistryClaims.Name] = Name,
        };
        if (Role is null) claims[RegistryClaims.Scope] = DefaultScope;
        else claims[RegistryClaims.Roles] = new[] { Role };
        if (ProvinceCode is not null) claims[RegistryClaims.Province] = ProvinceCode;

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = signing.Issuer,
            Audience = signing.Audience,
            IssuedAt = utcNow,
            NotBefore = utcNow,
            Expires = utcNow + Lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(signing.Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
