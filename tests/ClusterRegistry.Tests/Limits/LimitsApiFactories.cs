using ClusterRegistry.Api.Schema;
using ClusterRegistry.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterRegistry.Tests.Limits;

/// <summary>The real API with limits of 1, so that every refusal reports what the operation measured.</summary>
public sealed class MeasuringApiFactory : RegistryApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["QueryLimits:MaxDepth"] = "1",
        ["QueryLimits:MaxComplexity"] = "1",
    };
}

/// <summary>The real API allowing at most 3 aliases and 3 root fields.</summary>
public sealed class SmallShapeLimitsApiFactory : RegistryApiFactory
{
    public const int MaxAliases = 3;
    public const int MaxRootFields = 3;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["QueryLimits:MaxAliases"] = MaxAliases.ToString(),
        ["QueryLimits:MaxRootFields"] = MaxRootFields.ToString(),
    };
}

/// <summary>
/// The real API with an execution timeout of 200 ms and a test-only query field <c>limitsTestSlow</c> that waits until
/// it is cancelled.
/// </summary>
public sealed class SlowResolverApiFactory : RegistryApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["QueryLimits:ExecutionTimeout"] = "00:00:00.200",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ISchema>(provider =>
        {
            var schema = provider.GetRequiredService<RegistrySchema>();
            ((ObjectGraphType)schema.Query).Field<StringGraphType>("limitsTestSlow").ResolveAsync(async context =>
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "never";
            });
            return schema;
        }));
    }
}
