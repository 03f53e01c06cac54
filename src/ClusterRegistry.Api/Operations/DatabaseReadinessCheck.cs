using ClusterRegistry.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClusterRegistry.Api.Operations;

/// <summary>Ready when the database answers a query and has every migration this build knows of.</summary>
internal sealed class DatabaseReadinessCheck(IDbContextFactory<RegistryDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        if (pending > 0)
            return HealthCheckResult.Unhealthy($"{pending} migration(s) not applied.");
        await db.Regions.AnyAsync(cancellationToken);
        return HealthCheckResult.Healthy("Reachable and migrated.");
    }
}
