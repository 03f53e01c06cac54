using ClusterRegistry.Api.Schema;
using ClusterRegistry.Api.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRegistryDatabase(builder.Configuration);
builder.Services.AddRegistryGraphQL();

var app = builder.Build();
await app.Services.MigrateAndSeedAsync();
app.MapRegistryGraphQL();
app.Run();

public partial class Program;
