using System.Diagnostics;
using ClusterRegistry.Api.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ClusterRegistry.Tests.Auth;

public sealed class DevelopmentTokenCommandTests(AuthApiFactory factory) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task A_minted_provincial_token_is_accepted_and_names_the_official()
    {
        var (exitCode, output, _) = Run("--role", "Registry.Province", "--province", "44", "--name", "广东省工信厅", "--subject", "gd-1", "--hours", "2");

        Assert.Equal(0, exitCode);
        var token = output.Trim();
        Assert.Equal(new Official("gd-1", "广东省工信厅", RegistryRoles.Province, "44"), Official.From(await factory.AuthenticateAsync(token)));
        var jwt = new JsonWebToken(token);
        Assert.Equal(TimeSpan.FromHours(2), jwt.ValidTo - jwt.IssuedAt);
    }

    [Fact]
    public async Task A_minted_token_without_a_role_signs_in_with_a_scope_only()
    {
        var (exitCode, output, _) = Run();

        Assert.Equal(0, exitCode);
        var principal = await factory.AuthenticateAsync(output.Trim());
        Assert.NotNull(principal);
        Assert.Null(Official.From(principal));
        Assert.Equal(DevelopmentToken.DefaultScope, new JsonWebToken(output.Trim()).GetClaim("scp").Value);
    }

    [Theory]
    [InlineData("--role", "Registry.Province")]
    [InlineData("--role", "Registry.Province", "--province", "440000")]
    [InlineData("--role", "Registry.Ministry", "--province", "44")]
    [InlineData("--role", "Registry.Admin")]
    [InlineData("--hours", "0")]
    [InlineData("--colour", "red")]
    [InlineData("--name")]
    public void Invalid_arguments_print_the_usage(params string[] args)
    {
        var (exitCode, output, error) = Run(args);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("usage: token", error);
    }

    [Fact]
    public void No_token_is_minted_where_development_signing_is_off()
    {
        var (exitCode, output, error) = Run(new ConfigurationBuilder().Build(), "Staging", "--role", "Registry.Ministry");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("not enabled in the Staging environment", error);
    }

    [Fact]
    public void No_token_is_minted_in_Production()
    {
        var (exitCode, _, error) = Run(factory.Services.GetRequiredService<IConfiguration>(), Environments.Production, "--role", "Registry.Ministry");

        Assert.Equal(1, exitCode);
        Assert.Contains("Production", error);
    }

    [Fact]
    public async Task The_program_prints_the_token_and_exits_without_serving()
    {
        using var process = Process.Start(new ProcessStartInfo(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            ["ClusterRegistry.Api.dll", "token", "--role", "Registry.Ministry", "--name", "工信部"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Testing" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.Equal(0, process.ExitCode);
        var official = Official.From(await factory.AuthenticateAsync((await output).Trim()));
        Assert.Equal(RegistryRoles.Ministry, official?.Role);
        Assert.Equal("工信部", official?.Name);
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args) =>
        Run(factory.Services.GetRequiredService<IConfiguration>(), "Testing", args);

    private static (int ExitCode, string Output, string Error) Run(IConfiguration configuration, string environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = DevelopmentTokenCommand.Run(args, configuration, new HostingEnvironment { EnvironmentName = environment }, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
