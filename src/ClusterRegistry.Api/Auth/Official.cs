using System.Security.Claims;

namespace ClusterRegistry.Api.Auth;

/// <summary>A signed-in registry official, as the mutations see them.</summary>
/// <param name="Subject">The Entra ID object id (<c>oid</c>), or <c>sub</c> when there is none.</param>
/// <param name="Name">The display name (<c>name</c>), or null when the token has none.</param>
/// <param name="Role">One of <see cref="RegistryRoles"/>; <see cref="RegistryRoles.Ministry"/> wins when a token has both.</param>
/// <param name="ProvinceCode">The 2-digit province of a provincial official; null for the ministry or a missing or malformed claim.</param>
public sealed record Official(string Subject, string? Name, string Role, string? ProvinceCode)
{
    // Claim types as they look when inbound claim mapping is on.
    private const string MappedObjectId = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>The official behind <paramref name="user"/>, or null when the caller is anonymous or holds no registry role.</summary>
    public static Official? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return null;
        var subject = Claim(user, RegistryClaims.ObjectId, MappedObjectId, RegistryClaims.Subject, ClaimTypes.NameIdentifier);
        if (subject is null) return null;
        var name = Claim(user, RegistryClaims.Name, ClaimTypes.Name);

        if (user.IsInRole(RegistryRoles.Ministry)) return new Official(subject, name, RegistryRoles.Ministry, null);
        if (!user.IsInRole(RegistryRoles.Province)) return null;
        var province = Claim(user, RegistryClaims.Province);
        return new Official(subject, name, RegistryRoles.Province, IsProvinceCode(province) ? province : null);
    }

    public bool IsMinistry => Role == RegistryRoles.Ministry;

    /// <summary>Ministry officials act anywhere; provincial officials only in their own province.</summary>
    public bool MayActInProvince(string provinceCode) =>
        IsMinistry || (ProvinceCode is not null && string.Equals(ProvinceCode, provinceCode, StringComparison.Ordinal));

    /// <summary>Two ASCII digits, the form of a province code in the national division codes.</summary>
    public static bool IsProvinceCode(string? value) => value is { Length: 2 } && value.All(char.IsAsciiDigit);

    private static string? Claim(ClaimsPrincipal user, params string[] types) =>
        types.Select(type => user.FindFirst(type)?.Value).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
