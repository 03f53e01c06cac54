using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Designations;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Designations;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.OpenData;

public sealed record DesignationRecord(Designation Designation, DateOnly StatusOn);

public static class DesignationsTable
{
    public static IOpenDataTable Create() => new OpenDataTable<DesignationRecord>(
        "designations", "Designations", "One row per identification of a cluster by a batch (national or provincial), with its validity and status.",
        [
            OpenDataColumn<DesignationRecord>.Text("id", "ID", "The designation's global id.", r => GlobalId.Encode(DesignationType.TypeName, r.Designation.Id)),
            OpenDataColumn<DesignationRecord>.Reference("cluster_id", "Cluster", "clusters", r => GlobalId.Encode(ClusterType.TypeName, r.Designation.ClusterId)),
            OpenDataColumn<DesignationRecord>.Reference("batch_id", "Batch", "batches", r => GlobalId.Encode(IdentificationBatchType.TypeName, r.Designation.BatchId)),
            OpenDataColumn<DesignationRecord>.Text("level", "Level", "NATIONAL or PROVINCIAL.", r => r.Designation.Level.ToString().ToConstantCase()),
            OpenDataColumn<DesignationRecord>.Integer("batch_year", "Batch year", "The batch's year.", r => r.Designation.Batch.Year, unit: "year"),
            OpenDataColumn<DesignationRecord>.Date("valid_from", "Valid from", "First day of validity.", r => r.Designation.ValidFrom),
            OpenDataColumn<DesignationRecord>.Date("initial_valid_until", "Initially valid until", "Last day of validity as identified.", r => r.Designation.InitialValidUntil),
            OpenDataColumn<DesignationRecord>.Date("valid_until", "Valid until", "Last day of validity, as extended by passed reviews.", r => r.Designation.ValidUntil),
            OpenDataColumn<DesignationRecord>.Text("status", "Status", "Status on the export's date: ACTIVE, REVIEW_PENDING, REVOKED or NOT_YET_VALID.",
                r => r.Designation.StatusOn(r.StatusOn).ToString().ToConstantCase()),
            OpenDataColumn<DesignationRecord>.Text("latest_review_outcome", "Latest review", "Outcome of the latest recorded review (复核), if any.",
                r => r.Designation.Reviews.MaxBy(x => x.DecidedOn)?.Outcome.ToString().ToConstantCase()),
            OpenDataColumn<DesignationRecord>.Date("revoked_on", "Revoked on", "Date of revocation, if revoked.", r => r.Designation.Revocation?.RevokedOn),
            OpenDataColumn<DesignationRecord>.Text("revocation_ground", "Revocation ground", "Ground of revocation, if revoked.",
                r => r.Designation.Revocation?.Ground.ToString().ToConstantCase()),
            OpenDataColumn<DesignationRecord>.Text("source_url", "Source", "The public page the identification was read on.", r => r.Designation.Provenance.SourceUrl),
        ],
        async (db, after, take, on, ct) =>
            (await db.Designations.AsNoTracking().Include(d => d.Batch).Include(d => d.Reviews)
                .Where(d => d.Id > after).OrderBy(d => d.Id).Take(take).AsSplitQuery().ToListAsync(ct))
            .Select(d => (d.Id, new DesignationRecord(d, on))).ToList());
}
