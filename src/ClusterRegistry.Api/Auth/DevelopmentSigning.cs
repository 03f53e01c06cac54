using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ClusterRegistry.Api.Auth;

/// <summary>Points the Identity.Web bearer handler at the development key instead of Entra ID's metadata.</summary>
internal static class DevelopmentSigning
{
    public static void Apply(IServiceCollection services, DevelopmentSigningOptions signing)
    {
        // Identity.Web validates its Entra settings on first use even though this mode never contacts Entra.
        services.Configure<MicrosoftIdentityOptions>(JwtBearerDefaults.AuthenticationScheme, identity =>
        {
            identity.Instance = signing.Issuer;
            identity.TenantId = "development";
            identity.ClientId = signing.Audience;
        });
        // Only adjust what Identity.Web set up: replacing the validation parameters wholesale would lose its claim mapping.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, bearer =>
        {
            bearer.Authority = null;
            bearer.ConfigurationManager = null;
            bearer.Configuration = new OpenIdConnectConfiguration();

            var validation = bearer.TokenValidationParameters;
            validation.ValidIssuer = signing.Issuer;
            validation.IssuerValidator = null;
            validation.ValidAudience = signing.Audience;
            validation.AudienceValidator = null;
            validation.IssuerSigningKey = signing.Key;
            validation.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        });
    }
}
