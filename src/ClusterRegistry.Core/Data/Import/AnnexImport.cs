using ClusterRegistry.Batches;
using ClusterRegistry.Clusters;

namespace ClusterRegistry.Data.Import;

/// <summary>One row of a published list (annex) as an official submits it: names or codes as the annex writes them.</summary>
public sealed record AnnexRow(int Number, string Name, string Province, string Prefecture, string County, string LeadIndustry, string? SourceUrl);

public enum AnnexRowOutcome
{
    /// <summary>The cluster is new to the registry.</summary>
    NewCluster = 1,

    /// <summary>A cluster of this name in this county exists: the row adds a designation to it.</summary>
    ExistingCluster = 2,

    /// <summary>The row has errors; an import with such rows is not committed.</summary>
    Rejected = 3,
}

/// <summary>A cluster already in the registry under a name that an annex row uses.</summary>
public sealed record KnownCluster(int Id, string Name, string CountyCode, bool InBatch);

/// <summary>What the import makes of one row.</summary>
public sealed record AnnexRowPlan(AnnexRow Row, AnnexRowOutcome Outcome, string Name, ClusterLocation? Location, string LeadIndustry,
    KnownCluster? Cluster, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

/// <summary>
/// Resolves every row of an annex for a batch, with the seeder's region resolver: places, existing clusters and
/// duplicates within the annex and against the registry. Plain rules, no database: the caller supplies what exists.
/// </summary>
public static class AnnexImport
{
    private static readonly string[] ClusterSuffixes = ["产业集群", "集群"];

    public static IReadOnlyList<AnnexRowPlan> Plan(IReadOnlyList<AnnexRow> rows, IdentificationBatch batch, RegionDirectory directory,
        ILookup<string, KnownCluster> knownByName)
    {
        var seen = new Dictionary<(string, string), int>();
        var plans = new List<AnnexRowPlan>(rows.Count);
        foreach (var row in rows)
        {
            var errors = new List<string>();
            var warnings = new List<string>();
            var name = Name(row.Name);
            if (name.Length == 0) errors.Add("the cluster name is empty");
            else if (name.Length > Cluster.MaxNameLength) errors.Add($"the cluster name is longer than {Cluster.MaxNameLength} characters");

            var place = directory.Resolve(row.Province, row.Prefecture, row.County, name);
            if (place.Reason is { } reason) errors.Add(reason);
            if (place.Warning is { } warning) warnings.Add(warning);
            var location = place.Location;
            if (location is not null && batch.Level == DesignationLevel.Provincial && location.ProvinceCode != batch.ProvinceCode)
                errors.Add($"a provincial batch of {batch.ProvinceCode} lists only clusters in that province, not in {location.ProvinceCode}");

            KnownCluster? known = null;
            if (location is not null && name.Length > 0)
            {
                if (seen.TryGetValue((name, location.CountyCode), out var first)) errors.Add($"duplicates row {first}");
                else seen[(name, location.CountyCode)] = row.Number;
                known = knownByName[name].FirstOrDefault(k => k.CountyCode == location.CountyCode);
                if (known is { InBatch: true }) errors.Add("the cluster is already identified in this batch");
                else if (known is not null) warnings.Add("a new designation for a cluster already in the registry");
                foreach (var elsewhere in knownByName[name].Where(k => k.CountyCode != location.CountyCode))
                    warnings.Add($"a cluster of the same name lies in county {elsewhere.CountyCode}");
            }

            var lead = RegionDirectory.Normalize(row.LeadIndustry);
            if (lead.Length == 0 && known is null && name.Length > 0)
            {
                lead = LeadIndustryFromName(name, directory, location);
                warnings.Add($"no lead industry given: taken from the name ({lead})");
            }
            if (lead.Length > Cluster.MaxNameLength) errors.Add($"the lead industry is longer than {Cluster.MaxNameLength} characters");

            var outcome = errors.Count > 0 ? AnnexRowOutcome.Rejected : known is null ? AnnexRowOutcome.NewCluster : AnnexRowOutcome.ExistingCluster;
            plans.Add(new AnnexRowPlan(row, outcome, name, location, lead, known, errors, warnings));
        }
        return plans;
    }

    /// <summary>An annex name as the registry keeps it: full-width forms and stray spaces removed.</summary>
    public static string Name(string written) => RegionDirectory.Normalize(written);

    /// <summary>The part of a cluster's name between its place and 产业集群, as the registry's data notes derive it.</summary>
    private static string LeadIndustryFromName(string name, RegionDirectory directory, ClusterLocation? location)
    {
        var lead = name;
        foreach (var place in directory.NamesOf(location))
            if (lead.StartsWith(place, StringComparison.Ordinal)) lead = lead[place.Length..];
        foreach (var suffix in ClusterSuffixes)
            if (lead.Length > suffix.Length && lead.EndsWith(suffix, StringComparison.Ordinal)) { lead = lead[..^suffix.Length]; break; }
        return lead.Length > 0 ? lead : name;
    }
}
