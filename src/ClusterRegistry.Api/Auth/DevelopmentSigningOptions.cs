using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace ClusterRegistry.Api.Auth;

/// <summary>
/// Configuration section <c>Auth:Development</c>: accept tokens signed with a shared HMAC key instead of Entra ID,
/// for local use and tests. Anyone holding the key can mint any role, so it is refused in Production.
/// </summary>
public sealed class DevelopmentSigningOptions
{
    public const string Section = "Auth:Development";
    public const int MinimumKeyBytes = 32;

    public bool Enabled { get; set; }

    /// <summary>The HMAC-SHA256 key, as text; its UTF-8 encoding must be at least 32 bytes.</summary>
    public string SigningKey { get; set; } = "";

    public string Issuer { get; set; } = "https://cluster-registry.local/development";
    public string Audience { get; set; } = "api://cluster-registry";

    /// <summary>
    /// The development signing settings when enabled, or null when Entra ID alone is in force.
    /// Throws when they are enabled in Production or their key is too short.
    /// </summary>
    public static DevelopmentSigningOptions? Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(Section).Get<DevelopmentSigningOptions>();
        if (options is not { Enabled: true }) return null;
        if (environment.IsProduction())
            throw new InvalidOperationException(
                $"{Section}:Enabled is true in the Production environment. Development signing lets anyone holding the key " +
                "mint any official's token; disable it and let Entra ID (configuration section AzureAd) issue the tokens.");
        if (Encoding.UTF8.GetByteCount(options.SigningKey) < MinimumKeyBytes)
            throw new InvalidOperationException(
                $"{Section}:SigningKey must be at least {MinimumKeyBytes} bytes for HMAC-SHA256.");
        return options;
    }

    public SymmetricSecurityKey Key => new(Encoding.UTF8.GetBytes(SigningKey));
}
