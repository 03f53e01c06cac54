using ClusterRegistry.Data;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Data;

/// <summary>
/// The newest audit event's id is the registry's data version (caches and ETags are keyed by it), so audit ids must be
/// handed out in commit order: otherwise a change committing after one with a higher id would not move the version,
/// and what was cached in between would stay stale. A mutation takes this transaction-scoped lock before writing its
/// audit events and keeps it until it commits. SQLite lets one writer in at a time, so it needs none.
/// </summary>
internal static class AuditCommitOrder
{
    private const long PostgresLockKey = 0x436C52_417564; // "ClR" "Aud"

    public static Task TakeAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            return db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken);
        if (db.Database.IsSqlServer())
            return db.Database.ExecuteSqlRawAsync(
                "EXEC sp_getapplock @Resource = 'ClusterRegistry.AuditEvents', @LockMode = 'Exclusive', @LockOwner = 'Transaction'",
                cancellationToken);
        return Task.CompletedTask;
    }
}
