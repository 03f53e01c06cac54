using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace ClusterRegistry.Api.Auth;

/// <summary>Bearer tokens from Entra ID (section <c>AzureAd</c>), or from the development key (section <c>Auth:Development</c>).</summary>
public static class RegistryAuthentication
{
    public const string AzureAdSection = "AzureAd";

    public static IServiceCollection AddRegistryAuthentication(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var developmentSigning = DevelopmentSigningOptions.Read(configuration, environment);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(configuration.GetSection(AzureAdSection));
        if (developmentSigning is not null) DevelopmentSigning.Apply(services, developmentSigning);
        services.AddRegistryPolicies();
        return services;
    }

    public static WebApplication UseRegistryAuthentication(this WebApplication app)
    {
        EnsureConfigured(app.Services);
        app.UseAuthentication();
        // A request whose token fails validation would otherwise go on as anonymous; tell the caller instead.
        app.Use(async (context, next) =>
        {
            var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            if (result.Failure is not null)
            {
                await InvalidTokenResponse.WriteAsync(context, result.Failure);
                return;
            }
            await next(context);
        });
        return app;
    }

    /// <summary>Identity.Web checks its settings only when the first request arrives; check them at start-up instead.</summary>
    private static void EnsureConfigured(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException(
                $"Configuration section {AzureAdSection} is incomplete ({e.Message}). Set Instance, TenantId and ClientId " +
                $"of the registry's Entra ID app registration, or outside Production enable {DevelopmentSigningOptions.Section}.", e);
        }
    }
}
