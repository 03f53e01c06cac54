using ClusterRegistry.Data;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Caching;

/// <summary>
/// The registry's data version: the id of the newest audit event. Every successful mutation writes audit events in
/// its own transaction, so the version moves with every change, and every API node on the database sees the same one.
/// </summary>
public sealed class RegistryDataVersion(IDbContextFactory<RegistryDbContext> contexts)
{
    public async Task<long> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
    }
}
