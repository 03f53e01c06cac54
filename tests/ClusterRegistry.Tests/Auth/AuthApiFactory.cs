using System.Security.Claims;
using ClusterRegistry.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterRegistry.Tests.Auth;

/// <summary>The real API in the Testing environment, without loading the registry: authentication needs no data.</summary>
public class AuthApiFactory : RegistryApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:MigrateAndSeedOnStartup"] = "false",
    };

    /// <summary>The principal the API's own bearer handler makes of <paramref name="token"/>, or null when it refuses it.</summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string token)
    {
        using var scope = Services.CreateScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Headers.Authorization = $"Bearer {token}";
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        return result.Succeeded ? result.Principal : null;
    }
}
