using ClusterRegistry.Audit;
using ClusterRegistry.Batches;
using ClusterRegistry.Clusters;
using ClusterRegistry.Designations;
using ClusterRegistry.Idempotency;
using ClusterRegistry.Industries;
using ClusterRegistry.Policies;
using ClusterRegistry.Regions;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Data;

public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : DbContext(options)
{
    public const string SqlServerProvider = "Microsoft.EntityFrameworkCore.SqlServer";

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Industry> Industries => Set<Industry>();
    public DbSet<IdentificationBatch> Batches => Set<IdentificationBatch>();
    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<Designation> Designations => Set<Designation>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<PolicySupport> PolicySupports => Set<PolicySupport>();
    public DbSet<ChangeFiling> ChangeFilings => Set<ChangeFiling>();
    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>The links between policy supports and the clusters they apply to.</summary>
    public DbSet<Dictionary<string, object>> ClusterPolicySupports => Set<Dictionary<string, object>>(ClusterPolicySupportsTable);
    public const string ClusterPolicySupportsTable = "ClusterPolicySupports";

    /// <summary>SQL Server issues rowversions itself; other providers get a fresh token on every write.</summary>
    internal bool DatabaseIssuesRowVersions => Database.ProviderName == SqlServerProvider;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.FindProperty(ConcurrencyVersion.PropertyName) is null) continue;
            var version = modelBuilder.Entity(entity.ClrType).Property<byte[]>(ConcurrencyVersion.PropertyName);
            if (DatabaseIssuesRowVersions) version.IsRowVersion();
            else version.IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditTrail.RefuseRewrites(this);
        ConcurrencyVersion.Stamp(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditTrail.RefuseRewrites(this);
        ConcurrencyVersion.Stamp(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
