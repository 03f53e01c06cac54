using ClusterRegistry.Clusters;
using ClusterRegistry.Data;
using ClusterRegistry.Designations;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Bench.Generation;

/// <summary>
/// Loads generated clusters through EF Core and holds them to the domain: the denormalized columns match what
/// <see cref="Cluster"/> would compute, each designation's stored status agrees with the SQL status filter, and the
/// domain's own methods accept the rows (a review is recorded where one is due, a revoked designation refuses one).
/// Nothing is saved.
/// </summary>
internal static class GeneratedDataCheck
{
    public static async Task<int> RunAsync(string path, int sample, TextWriter log)
    {
        var problems = new List<string>();
        await using var db = new RegistryDbContext(RegistryGenerator.Options(path));
        var max = await db.Clusters.MaxAsync(c => c.Id);
        var random = new Random(7);
        var ids = Enumerable.Range(0, sample).Select(_ => random.Next(1, max + 1)).Distinct().ToList();
        var clusters = await db.Clusters
            .Include(c => c.Designations).ThenInclude(d => d.Batch)
            .Include(c => c.Designations).ThenInclude(d => d.Reviews)
            .Include(c => c.PolicySupports)
            .Where(c => ids.Contains(c.Id))
            .AsSplitQuery()
            .ToListAsync();

        int reviewed = 0, refused = 0, statusChecks = 0;
        foreach (var cluster in clusters)
        {
            if (cluster.Designations.Count == 0) { problems.Add($"cluster {cluster.Id} has no designation"); continue; }
            if (cluster.FirstBatchYear != cluster.Designations.Min(d => d.Batch.Year))
                problems.Add($"cluster {cluster.Id}: FirstBatchYear {cluster.FirstBatchYear} is not the earliest batch year");
            if (cluster.ValidUntil != cluster.Designations.Max(d => d.ValidUntil))
                problems.Add($"cluster {cluster.Id}: ValidUntil {cluster.ValidUntil} is not the latest designation ValidUntil");
            _ = ClusterLocation.Of(cluster.CountyCode, cluster.PrefectureCode); // checks the county and prefecture codes

            foreach (var designation in cluster.Designations)
            {
                var passed = designation.Reviews.Where(r => r.Outcome == ReviewOutcome.Passed).OrderBy(r => r.DecidedOn).ToList();
                var expectedUntil = passed.Count == 0 ? designation.InitialValidUntil : passed[^1].ExtendedUntil!.Value;
                if (designation.ValidUntil != expectedUntil)
                    problems.Add($"designation {designation.Id}: ValidUntil {designation.ValidUntil} but reviews give {expectedUntil}");
                if (designation.Reviews.Any(r => r.Outcome == ReviewOutcome.Failed) && designation.Revocation?.Ground != RevocationGround.ReviewFailed)
                    problems.Add($"designation {designation.Id}: a failed review without a revocation");

                var status = designation.StatusOn(RegistryGenerator.Today);
                var sqlAgrees = await db.Designations.Where(d => d.Id == designation.Id)
                    .Where(DesignationStatusFilter.HasStatusOn(status, RegistryGenerator.Today)).AnyAsync();
                statusChecks++;
                if (!sqlAgrees) problems.Add($"designation {designation.Id}: StatusOn gives {status} but the SQL filter disagrees");
            }

            // The domain methods on the loaded aggregate: they must accept a due review and refuse one on a revoked designation.
            var before = (cluster.FirstBatchYear, cluster.ValidUntil);
            foreach (var designation in cluster.Designations.ToList())
            {
                var on = designation.ReviewOpensOn > RegistryGenerator.Today ? designation.ReviewOpensOn : RegistryGenerator.Today;
                if (designation.Reviews.Any(r => r.DecidedOn > on)) continue;
                try
                {
                    cluster.RecordReview(designation, ReviewOutcome.Passed, on, "check", Provenance.None);
                    reviewed++;
                    if (cluster.FirstBatchYear != before.FirstBatchYear)
                        problems.Add($"cluster {cluster.Id}: the domain recomputed FirstBatchYear {before.FirstBatchYear} → {cluster.FirstBatchYear}");
                    if (cluster.ValidUntil < before.ValidUntil)
                        problems.Add($"cluster {cluster.Id}: a passed review shortened ValidUntil");
                }
                catch (DomainException e) when (designation.IsRevoked && e.Error == DomainError.DesignationRevoked)
                {
                    refused++;
                }
                catch (DomainException e)
                {
                    problems.Add($"designation {designation.Id}: the domain refused a review on {on}: {e.Message}");
                }
                break;
            }
        }
        db.ChangeTracker.Clear();

        foreach (var problem in problems.Take(20)) log.WriteLine($"  PROBLEM {problem}");
        log.WriteLine($"  checked {clusters.Count} clusters through EF Core and the domain ({statusChecks} status checks, " +
                      $"{reviewed} reviews accepted, {refused} refused on revoked designations): {problems.Count} problems");
        return problems.Count;
    }
}
