using System.Globalization;
using ClusterRegistry.Batches;
using ClusterRegistry.Clusters;
using ClusterRegistry.Industries;
using ClusterRegistry.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClusterRegistry.Data.Import;

/// <summary>
/// Loads the reference data, the national registry rows that are not yet in the database, and the derived industry
/// classification. Rows are matched by their natural keys, so running it again adds nothing, and nothing an official
/// has recorded is overwritten (an official classification is never replaced by a derived one).
/// </summary>
public sealed class RegistrySeeder(RegistryDbContext db, ILogger<RegistrySeeder> logger, SeedFiles? files = null)
{
    private readonly SeedFiles _files = files ?? SeedFiles.Embedded;

    public async Task<ImportReport> SeedAsync(CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var regionsAdded = await SeedRegionsAsync(ct);
        var industriesAdded = await SeedIndustriesAsync(ct);
        var batchesAdded = await SeedBatchesAsync(ct);
        var (clustersAdded, designationsAdded, unresolved) = await SeedClustersAsync(ct);
        var classified = await SeedClassificationsAsync(ct);
        await tx.CommitAsync(ct);

        foreach (var row in unresolved)
            logger.LogWarning("Seed row not loaded: {Year} {Cluster}: {Reason}", row.BatchYear, row.ClusterName, row.Reason);
        var report = new ImportReport(regionsAdded, industriesAdded, batchesAdded, clustersAdded, designationsAdded, classified, unresolved);
        logger.LogInformation("Seeding added {Regions} regions, {Industries} industries, {Batches} batches, {Clusters} clusters, {Designations} designations, {Classified} derived classifications; {Unresolved} rows unresolved",
            regionsAdded, industriesAdded, batchesAdded, clustersAdded, designationsAdded, classified, unresolved.Count);
        return report;
    }

    private async Task<int> SeedRegionsAsync(CancellationToken ct)
    {
        var existing = (await db.Regions.Select(r => r.Code).ToListAsync(ct)).ToHashSet();
        var regions = _files.Rows(SeedFiles.Provinces).Select(r => new Region(r["code"], r["name"], RegionLevel.Province, null))
            .Concat(_files.Rows(SeedFiles.Prefectures).Select(r => new Region(r["code"], r["name"], RegionLevel.Prefecture, r["provinceCode"])))
            .Concat(_files.Rows(SeedFiles.Counties).Select(r => new Region(r["code"], r["name"], RegionLevel.County, r["cityCode"])))
            .Where(r => !existing.Contains(r.Code))
            .ToList();
        db.Regions.AddRange(regions);
        await db.SaveChangesAsync(ct);
        return regions.Count;
    }

    private async Task<int> SeedIndustriesAsync(CancellationToken ct)
    {
        var existing = (await db.Industries.Select(i => i.Code).ToListAsync(ct)).ToHashSet();
        var industries = _files.Rows(SeedFiles.Industries)
            .Select(r => new Industry(r["code"], r["level"] == "section" ? IndustryLevel.Section : IndustryLevel.Division,
                NullIfEmpty(r["parent"]), r["name_zh"], r["name_en"]))
            .Where(i => !existing.Contains(i.Code))
            .ToList();
        db.Industries.AddRange(industries);
        await db.SaveChangesAsync(ct);
        return industries.Count;
    }

    private async Task<int> SeedBatchesAsync(CancellationToken ct)
    {
        var existing = (await db.Batches.Where(b => b.Level == DesignationLevel.National).Select(b => b.Year).ToListAsync(ct)).ToHashSet();
        var batches = _files.Rows(SeedFiles.NationalBatches)
            .Where(r => !existing.Contains(int.Parse(r["year"], CultureInfo.InvariantCulture)))
            .Select(r => new IdentificationBatch(DesignationLevel.National, int.Parse(r["year"], CultureInfo.InvariantCulture), null,
                    r["issuing_authority"], Date(r["valid_from"])!.Value, Date(r["valid_until"])!.Value,
                    new Provenance(null, NullIfEmpty(r["source_note"])))
                .WithNotice(NullIfEmpty(r["notice_document"]), Date(r["notice_date"]))
                .WithAnnouncement(NullIfEmpty(r["announcement_document"]), Date(r["announcement_date"]))
                .WithNotes(NullIfEmpty(r["validity_note"]), NullIfEmpty(r["review_summary"])))
            .ToList();
        db.Batches.AddRange(batches);
        await db.SaveChangesAsync(ct);
        return batches.Count;
    }

    private async Task<(int Clusters, int Designations, List<UnresolvedRow> Unresolved)> SeedClustersAsync(CancellationToken ct)
    {
        var rows = _files.Rows(SeedFiles.NationalClusters).ToList();
        var names = rows.Select(r => r["cluster_name_zh"]).Distinct().ToList();
        // Only the clusters the data files name: a large registry must not be read whole at every start.
        var clusters = await db.Clusters.Where(c => names.Contains(c.NameZh)).ToListAsync(ct);
        var ids = clusters.Select(c => c.Id).ToList();
        // Loaded apart from the clusters so each query seeks its index; tracking attaches them to their clusters.
        await db.Designations.Include(d => d.Batch).Where(d => ids.Contains(d.ClusterId)).LoadAsync(ct);
        var byKey = clusters.ToDictionary(c => (c.NameZh, c.CountyCode));
        var loaded = clusters.SelectMany(c => c.Designations.Where(d => d.Level == DesignationLevel.National).Select(d => (c.NameZh, d.Batch.Year)))
            .ToHashSet();
        var pending = rows.Where(r => !loaded.Contains((r["cluster_name_zh"], int.Parse(r["batch_year"], CultureInfo.InvariantCulture)))).ToList();
        var unresolved = new List<UnresolvedRow>();
        int clustersAdded = 0, designationsAdded = 0;
        if (pending.Count == 0) return (clustersAdded, designationsAdded, unresolved);

        var directory = new RegionDirectory(await db.Regions.AsNoTracking().ToListAsync(ct));
        var batches = await db.Batches.Where(b => b.Level == DesignationLevel.National).ToDictionaryAsync(b => b.Year, ct);
        foreach (var row in pending)
        {
            var year = int.Parse(row["batch_year"], CultureInfo.InvariantCulture);
            var name = row["cluster_name_zh"];
            if (!batches.TryGetValue(year, out var batch))
            {
                unresolved.Add(new UnresolvedRow(year, name, $"no national batch of {year} is known"));
                continue;
            }
            var place = directory.Resolve(row["province"], row["prefecture"], row["county"]);
            if (place.Location is not { } location)
            {
                unresolved.Add(new UnresolvedRow(year, name, place.Reason!));
                continue;
            }
            var provenance = new Provenance(NullIfEmpty(row["source_url"]), null);
            if (!byKey.TryGetValue((name, location.CountyCode), out var cluster))
            {
                cluster = Cluster.Identify(name, location, row["lead_industry_zh"], batch, null, null, provenance);
                byKey.Add((name, location.CountyCode), cluster);
                db.Clusters.Add(cluster);
                clustersAdded++;
                designationsAdded++;
            }
            else if (cluster.Designations.All(d => d.Batch != batch))
            {
                cluster.Designate(batch, null, null, provenance);
                designationsAdded++;
            }
        }
        await db.SaveChangesAsync(ct);
        return (clustersAdded, designationsAdded, unresolved);
    }

    private async Task<int> SeedClassificationsAsync(CancellationToken ct)
    {
        var rows = _files.Rows(SeedFiles.IndustryClassification).ToList();
        var names = rows.Select(r => r["cluster_name_zh"]).Distinct().ToList();
        var clusters = await db.Clusters.Where(c => names.Contains(c.NameZh)).ToListAsync(ct);
        var divisions = (await db.Industries.Where(i => i.Level == IndustryLevel.Division).Select(i => i.Code).ToListAsync(ct)).ToHashSet();
        var byName = clusters.ToLookup(c => c.NameZh);
        var changed = 0;
        foreach (var row in rows)
        {
            var division = row["division_code"];
            if (!divisions.Contains(division))
                throw new FormatException($"The classification of {row["cluster_name_zh"]} names '{division}', which is not a GB/T 4754 division.");
            var confidence = Enum.Parse<ClassificationConfidence>(row["confidence"], ignoreCase: true);
            foreach (var cluster in byName[row["cluster_name_zh"]])
                if (cluster.ClassifyIndustryDerived(division, confidence, row["basis"])) changed++;
        }
        await db.SaveChangesAsync(ct);
        return changed;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static DateOnly? Date(string value) =>
        value.Length == 0 ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
