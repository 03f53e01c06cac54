using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Batches;
using ClusterRegistry.Clusters;
using ClusterRegistry.Data.Import;
using ClusterRegistry.Designations;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Import;

/// <summary>
/// importIdentifications: a whole annex in one mutation. A dry run resolves every row and reports; a commit repeats the
/// resolution and writes every row in the mutation's one transaction (each row audited as recordIdentification audits
/// it), or nothing. A commit must name the dry run's token and is refused if the registry changed since.
/// </summary>
public static class ImportIdentifications
{
    public const int MaxRows = 5000;

    public static void AddTo(ObjectGraphType mutation) =>
        mutation.AddMutation<ImportIdentificationsInputType, ImportIdentificationsInput, ImportIdentificationsPayloadType, AnnexImportReport>(
            "importIdentifications",
            "Imports a published list of a batch's identifications. National batches: MIIT officials; provincial batches: that province's officials, rows of that province only.",
            RunAsync);

    private static async Task<AnnexImportReport> RunAsync(MutationScope scope, ImportIdentificationsInput input)
    {
        var batchId = MutationInputs.Id(input.BatchId, IdentificationBatchType.TypeName, "batchId");
        var batch = await scope.Db.Batches.SingleOrDefaultAsync(b => b.Id == batchId) ?? throw MutationRefused.NotFound("batchId", "batch");
        if (batch.Level == DesignationLevel.National) scope.RequireMinistry("import national identifications");
        else scope.RequireProvince(batch.ProvinceCode!);
        if (input.Rows.Count is 0 or > MaxRows) throw MutationRefused.InvalidInput("rows", $"Give 1 to {MaxRows} rows.");

        var version = await scope.Db.AuditEvents.MaxAsync(e => (long?)e.Id) ?? 0;
        if (!input.DryRun)
        {
            var expected = input.ExpectedToken is null
                ? throw MutationRefused.InvalidInput("expectedToken", "A commit needs the token of its dry run.")
                : ImportToken.Decode(input.ExpectedToken) ?? throw MutationRefused.InvalidInput("expectedToken", "Not a token of importIdentifications.");
            if (expected != version)
                throw new MutationRefused(new MutationError(MutationErrorKind.Conflict, "CONFLICT",
                    "The registry has changed since the dry run: run it again and review its report.", "expectedToken"));
        }

        var rows = input.Rows.Select((r, i) => new AnnexRow(r.Number ?? i + 1, r.Name, r.Province, r.Prefecture ?? "", r.County ?? "",
            r.LeadIndustry ?? "", string.IsNullOrWhiteSpace(r.SourceUrl) ? null : r.SourceUrl.Trim())).ToList();
        var names = rows.Select(r => AnnexImport.Name(r.Name)).Distinct().ToList();
        var known = (await scope.Db.Clusters.AsNoTracking().Where(c => names.Contains(c.NameZh))
                .Select(c => new KnownCluster(c.Id, c.NameZh, c.CountyCode, c.Designations.Any(d => d.BatchId == batch.Id)))
                .ToListAsync()).ToLookup(k => k.Name);
        var directory = new RegionDirectory(await scope.Db.Regions.AsNoTracking().ToListAsync());
        var plans = AnnexImport.Plan(rows, batch, directory, known);

        var existingIds = plans.Where(p => p.Outcome == AnnexRowOutcome.ExistingCluster).Select(p => p.Cluster!.Id).ToList();
        var existing = await scope.Db.Clusters.Include(c => c.Designations).ThenInclude(d => d.Batch)
            .Include(c => c.Designations).ThenInclude(d => d.Reviews).AsSplitQuery()
            .Where(c => existingIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        // The dry run makes the same domain changes as the commit, so it reports the same broken rules; it then drops them.
        var report = plans.Select(plan => Apply(scope, batch, plan, existing)).ToList();
        if (input.DryRun)
        {
            scope.Db.ChangeTracker.Clear();
            return new AnnexImportReport(true, ImportToken.Encode(version), report);
        }

        var rejected = report.Count(r => r.Errors.Count > 0);
        if (rejected > 0)
            throw MutationRefused.InvalidInput("rows", $"{rejected} of {report.Count} rows have errors: fix them or leave them out, then dry-run again.");
        foreach (var row in report)
            RecordIdentification.AuditIdentification(scope, row.Cluster!, row.Designation!, batch,
                row.Plan.Outcome == AnnexRowOutcome.ExistingCluster ? row.ClusterBefore : null);
        // Moves the batch's version, so two commits of one annex into one batch cannot both pass on any provider.
        scope.Db.Entry(batch).State = EntityState.Modified;
        return new AnnexImportReport(false, ImportToken.Encode(version), report);
    }

    private static AnnexImportRow Apply(MutationScope scope, IdentificationBatch batch, AnnexRowPlan plan, Dictionary<int, Cluster> existing)
    {
        if (plan.Outcome == AnnexRowOutcome.Rejected) return new AnnexImportRow(plan, plan.Errors, null, null, null);
        var source = new Provenance(plan.Row.SourceUrl, null);
        try
        {
            if (plan.Outcome == AnnexRowOutcome.NewCluster)
            {
                var created = Cluster.Identify(plan.Name, plan.Location!, plan.LeadIndustry, batch, null, null, source);
                scope.Db.Clusters.Add(created);
                return new AnnexImportRow(plan, [], created, created.Designations[0], null);
            }
            var cluster = existing[plan.Cluster!.Id];
            scope.RequireProvince(cluster.ProvinceCode);
            var before = ClusterRegistry.Audit.AuditSnapshot.Of(cluster);
            return new AnnexImportRow(plan, [], cluster, cluster.Designate(batch, null, null, source), before);
        }
        catch (DomainException broken)
        {
            return new AnnexImportRow(plan, [broken.Message], null, null, null);
        }
    }
}
