using ClusterRegistry.Tests.Auth;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ClusterRegistry.Tests.Hostile;

/// <summary>
/// The real API on Kestrel at a free loopback port, in the Production environment, as the internet meets it:
/// placeholder Entra ID settings whose metadata is replaced by the test signing key (no network), rate limiting off so
/// that the suite's own volume is not what is measured.
/// </summary>
public sealed class HostileApiFactory : RegistryApiFactory
{
    public HostileApiFactory()
    {
        UseKestrel();
    }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000001",
        ["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000002",
        ["RateLimiting:Enabled"] = "false",
        ["FacetCache:WarmUp"] = "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services =>
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, bearer =>
            {
                bearer.Authority = null;
                bearer.ConfigurationManager = null;
                bearer.Configuration = new OpenIdConnectConfiguration();
                var validation = bearer.TokenValidationParameters;
                validation.ValidIssuer = TestTokens.Signing.Issuer;
                validation.IssuerValidator = null;
                validation.ValidAudience = TestTokens.Signing.Audience;
                validation.AudienceValidator = null;
                validation.IssuerSigningKey = TestTokens.Signing.Key;
                validation.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            }));
    }
}
