using System.Text.Encodings.Web;
using System.Text.Unicode;
using ClusterRegistry.Api.Auth;
using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Ide;
using ClusterRegistry.Api.Limits;
using ClusterRegistry.Api.Operations;
using ClusterRegistry.Api.Data;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Api.Site;
using GraphQL;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClusterRegistry.Bench.Hosting;

/// <summary>
/// The API's services and pipeline as Program.cs composes them (database, authentication, GraphQL, rate limiting,
/// output cache, operations middleware, the website), on a loopback
/// port of this process, plus the REST baseline endpoints and the counters the benchmark reads.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    public const string EnvironmentName = "Benchmark";

    /// <summary>Development signing for the benchmark's official token (the environment is not Production).</summary>
    public static readonly DevelopmentSigningOptions Signing = new()
    {
        Enabled = true,
        SigningKey = "benchmark-only-signing-key-never-use-elsewhere-0003",
        Issuer = "https://cluster-registry.local/benchmark",
        Audience = "api://cluster-registry-benchmark",
    };

    private readonly WebApplication _app;

    private BenchHost(WebApplication app, ServerCounters counters, Uri address)
    {
        _app = app;
        Counters = counters;
        Address = address;
    }

    public ServerCounters Counters { get; }
    public Uri Address { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<BenchHost> StartAsync(string databasePath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = EnvironmentName,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        // The API's own settings (logging levels, GraphQL-over-HTTP limits), then what the benchmark needs.
        var apiSettings = Path.Combine(BenchPaths.RepositoryRoot, "src", "ClusterRegistry.Api", "appsettings.json");
        if (File.Exists(apiSettings)) builder.Configuration.AddJsonFile(apiSettings, optional: true);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Registry"] = $"Data Source={databasePath}",
            ["Database:Provider"] = "Sqlite",
            ["Database:MigrateAndSeedOnStartup"] = "false",
            ["Auth:Development:Enabled"] = "true",
            ["Auth:Development:SigningKey"] = Signing.SigningKey,
            ["Auth:Development:Issuer"] = Signing.Issuer,
            ["Auth:Development:Audience"] = Signing.Audience,
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            // appsettings.json leaves Microsoft.IdentityModel at Information: six lines per authenticated request.
            ["Logging:LogLevel:Microsoft.IdentityModel"] = "Warning",
            // The one-line-per-request log would flood the benchmark's output; its cost depends on where logs are
            // shipped, so it is left out of the figures (the rest of the operations middleware stays).
            ["Logging:LogLevel:ClusterRegistry.Api.Operations"] = "Warning",
            // The limiter stays in the pipeline (its cost counts) but never refuses the load generator.
            ["RateLimiting:AnonymousPermitLimit"] = "1000000000",
            ["RateLimiting:OfficialPermitLimit"] = "1000000000",
            // The GraphQL execution timeout stays as configured; facets over 1M clusters may need more.
            ["QueryLimits:ExecutionTimeout"] = "00:05:00",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        var counters = new ServerCounters();
        if (Environment.GetEnvironmentVariable("BENCH_TRACE_EXCEPTIONS") is { Length: > 0 } traced)
        {
            var seen = 0;
            AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
            {
                if (e.Exception.GetType().Name == traced && Interlocked.Increment(ref seen) <= 3) Console.Error.WriteLine($"FIRST CHANCE {e.Exception.GetType().Name}: {e.Exception.Message}\n{Environment.StackTrace}");
            };
        }
        builder.Services.AddSingleton(counters);
        builder.Services.AddRegistryDatabase(builder.Configuration);
        // AddRegistryDatabase adds every IInterceptor registered in DI to the contexts it makes.
        builder.Services.AddSingleton<IInterceptor>(new SqlStatementCounter(counters));
        builder.Services.AddRegistryAuthentication(builder.Configuration, builder.Environment);
        builder.Services.AddRegistryGraphQL();
        builder.Services.AddRegistryRateLimiting();
        builder.Services.AddRegistryOutputCache(builder.Configuration);
        builder.Services.AddClusterFacetCache(builder.Configuration);
        builder.AddRegistryOperations();
        builder.Services.AddRegistrySite();
        builder.Services.AddGraphQL(graphQL => graphQL.ConfigureExecution(async (options, next) =>
        {
            var result = await next(options);
            if (result.Errors is { Count: > 0 } errors) counters.GraphQLError(errors[0].Message);
            return result;
        }));
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            counters.Request();
            try
            {
                await next(context);
                if (context.RequestAborted.IsCancellationRequested) counters.Aborted();
                else if (context.Response.StatusCode >= 400)
                    counters.Failure($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}: HTTP {context.Response.StatusCode}");
            }
            catch (Exception e) when (context.RequestAborted.IsCancellationRequested || e is BadHttpRequestException)
            {
                // wrk closes its connections when a round ends, cutting off the requests still queued.
                counters.Aborted();
                throw;
            }
            catch (Exception e)
            {
                counters.Failure($"{context.Request.Path}: {e.GetType().Name}: {e.Message}");
                throw;
            }
            finally
            {
                counters.Completed();
            }
        });
        // As Program.cs composes the pipeline.
        app.UseRegistryOperations();
        app.UseIdeAssets();
        app.UseRegistryAuthentication();
        app.UseRegistryRateLimiting();
        app.UseRegistryOutputCache();
        await app.Services.MigrateAndSeedAsync();
        app.MapRegistryGraphQL();
        app.MapRegistrySite();
        RestBaseline.Map(app);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchHost(app, counters, new Uri(address));
    }

    /// <summary>A ministry official's bearer token for the mutation mix.</summary>
    public static string OfficialToken() =>
        new DevelopmentToken(RegistryRoles.Ministry, null, "Benchmark official", "bench-official", TimeSpan.FromHours(6)).Sign(Signing, DateTime.UtcNow);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
