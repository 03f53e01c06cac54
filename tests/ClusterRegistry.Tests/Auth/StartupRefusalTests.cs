using System.Net;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace ClusterRegistry.Tests.Auth;

public sealed class StartupRefusalTests
{
    [Fact]
    public void Production_refuses_to_start_with_development_signing()
    {
        using var factory = new ProductionFactory(new()
        {
            ["Auth:Development:Enabled"] = "true",
            ["Auth:Development:SigningKey"] = TestTokens.Signing.SigningKey,
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Auth:Development:Enabled is true in the Production environment", Messages(error));
    }

    [Fact]
    public void Production_refuses_to_start_without_Entra_settings()
    {
        using var factory = new ProductionFactory([]);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Configuration section AzureAd is incomplete", Messages(error));
    }

    [Fact]
    public async Task Production_starts_with_Entra_settings()
    {
        using var factory = new ProductionFactory(new()
        {
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000002",
        });

        var (response, _) = await factory.CreateClient().PostGraphQLAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Messages(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException) messages.Add(e.Message);
        return string.Join(" | ", messages);
    }

    private sealed class ProductionFactory(Dictionary<string, string?> settings) : AuthApiFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings.Concat(settings));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
