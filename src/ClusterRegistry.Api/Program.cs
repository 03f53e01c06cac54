using ClusterRegistry.Api.Auth;
using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Ide;
using ClusterRegistry.Api.Limits;
using ClusterRegistry.Api.Operations;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Api.Data;

var builder = WebApplication.CreateBuilder(HostingDefaults.Options(args));
if (DevelopmentTokenCommand.TryRun(args, builder)) return;
builder.Services.AddRegistryDatabase(builder.Configuration);
builder.Services.AddRegistryAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddRegistryGraphQL();
builder.Services.AddRegistryRateLimiting();
builder.Services.AddRegistryOutputCache(builder.Configuration);
builder.Services.AddClusterFacetCache(builder.Configuration);
builder.AddRegistryOperations();

var app = builder.Build();
if (SchemaExportCommand.TryRun(args, app.Services)) return;
app.UseRegistryOperations();
app.UseIdeAssets();
app.UseRegistryAuthentication();
app.UseRegistryRateLimiting();
app.UseRegistryOutputCache();
var warmUp = GraphQLWarmUp.StartAsync(app.Services);
await app.Services.MigrateAndSeedAsync();
await warmUp;
app.MapRegistryGraphQL();
app.Run();

public partial class Program;
