using ClusterRegistry.Api.Auth;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Audit;
using ClusterRegistry.Clusters;
using ClusterRegistry.Data;
using GraphQL;

namespace ClusterRegistry.Api.Mutations;

/// <summary>One mutation's unit of work: its context, the official making it, and the audit events it writes.</summary>
public sealed class MutationScope(RegistryDbContext db, Official official, string mutation, DateTime now)
{
    public RegistryDbContext Db { get; } = db;
    public Official Official { get; } = official;
    public DateOnly Today { get; } = RegistryClock.Today;

    /// <summary>Provincial officials act only in their own province; anything else is refused with 403.</summary>
    public void RequireProvince(string provinceCode)
    {
        if (!Official.MayActInProvince(provinceCode))
            throw new ExecutionError($"A {Official.Role} official of province {Official.ProvinceCode ?? "(none)"} may not act in province {provinceCode}.")
            {
                Code = AuthorizationError.NotAuthorized,
            };
    }

    public void RequireMinistry(string what)
    {
        if (!Official.IsMinistry)
            throw new ExecutionError($"Only MIIT officials ({RegistryRoles.Ministry}) may {what}.") { Code = AuthorizationError.NotAuthorized };
    }

    /// <summary>Records the change for the audit trail; the event is saved in the same transaction as the change.</summary>
    public void Audit(string entityType, Func<string> entityId, Cluster? cluster, string summary, string? before, Func<string?> after) =>
        _pending.Add(() => new AuditEvent(now, new AuditActor(Official.Subject, Official.Name, Official.Role, Official.ProvinceCode),
            mutation, entityType, entityId(), cluster?.Id, summary, before, after()));

    private readonly List<Func<AuditEvent>> _pending = [];

    /// <summary>Audit events name records by id, which new records only have after a first save.</summary>
    internal IReadOnlyList<Func<AuditEvent>> PendingAuditEvents => _pending;
}
