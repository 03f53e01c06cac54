using ClusterRegistry.Api.Http;
using ClusterRegistry.Api.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterRegistry.Tests.Operations;

/// <summary>
/// The API on Kestrel with a test-only field, <c>operationsTestSlow</c>, that does not answer until the test opens
/// <see cref="Gate"/>. The registry's data is not loaded: the field needs none.
/// </summary>
public sealed class SlowRequestApiFactory : KestrelApiFactory
{
    public RequestGate Gate { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:MigrateAndSeedOnStartup"] = "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddSingleton<ISchema>(provider => WithSlowField(provider.GetRequiredService<RegistrySchema>(), Gate)));
    }

    private static RegistrySchema WithSlowField(RegistrySchema schema, RequestGate gate)
    {
        ((ObjectGraphType)schema.Query).Field<StringGraphType>("operationsTestSlow").ResolveAsync(async context =>
        {
            var http = ((GraphQLHttpUserContext)context.UserContext).HttpContext;
            http.Response.OnCompleted(() =>
            {
                gate.Completed.TrySetResult();
                return Task.CompletedTask;
            });
            gate.Entered.TrySetResult();
            await gate.Opened.Task;
            return "finished";
        });
        return schema;
    }
}

/// <summary>Holds the slow field: <see cref="Entered"/> once a request reaches it, until <see cref="Opened"/>.</summary>
public sealed class RequestGate
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Opened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set once the server has sent the whole response.</summary>
    public TaskCompletionSource Completed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
