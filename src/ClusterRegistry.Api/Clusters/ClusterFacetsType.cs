using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Batches;
using ClusterRegistry.Data;
using ClusterRegistry.Designations;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Clusters;

/// <summary>Facet counts over the clusters a search matches. Each facet runs only when selected.</summary>
public sealed class ClusterFacetsType : ObjectGraphType<ClusterSearch>
{
    public ClusterFacetsType()
    {
        Name = "ClusterFacets";
        Description = "Counts of the clusters that match a search.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("The number of matching clusters.")
            .ResolveAsync(async c => await Run(c, (db, q, ct) => q.CountAsync(ct)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byProvince")
            .Description("Matching clusters per province, largest first.")
            .ResolveAsync(async c => await Run(c, async (db, q, ct) =>
                (await q.GroupBy(x => x.ProvinceCode).Select(g => new { g.Key, Count = g.Count() })
                    .Join(db.Regions, g => g.Key, r => r.Code, (g, r) => new { g.Key, r.Name, g.Count })
                    .ToListAsync(ct))
                .Select(g => new FacetCount(g.Key, g.Name, g.Count)).OrderByDescending(f => f.Count).ThenBy(f => f.Value).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byIndustry")
            .Description("Matching clusters per GB/T 4754-2017 division; value null counts the clusters not yet classified.")
            .ResolveAsync(async c => await Run(c, async (db, q, ct) =>
                (await q.GroupBy(x => x.IndustryCode).Select(g => new { g.Key, Count = g.Count() })
                    .GroupJoin(db.Industries, g => g.Key, i => i.Code, (g, i) => new { g, i })
                    .SelectMany(x => x.i.DefaultIfEmpty(), (x, i) => new { x.g.Key, Name = i == null ? null : i.NameZh, x.g.Count })
                    .ToListAsync(ct))
                .Select(g => new FacetCount(g.Key, g.Name ?? "未分类 (not classified)", g.Count))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Value).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byBatchYear")
            .Description("Matching clusters per identifying batch year at a level (a cluster counts once in each year it was identified).")
            .Argument<NonNullGraphType<DesignationLevelType>>("level", a => { a.Description = "The level (default NATIONAL)."; a.DefaultValue = DesignationLevel.National; })
            .ResolveAsync(async c =>
            {
                var level = c.GetArgument<DesignationLevel>("level");
                return await Run(c, async (db, q, ct) =>
                    (await q.SelectMany(x => x.Designations).Where(d => d.Level == level)
                        .GroupBy(d => d.Batch.Year).Select(g => new { g.Key, Count = g.Select(d => d.ClusterId).Distinct().Count() })
                        .ToListAsync(ct))
                    .OrderBy(g => g.Key).Select(g => new FacetCount(g.Key.ToString(), g.Key.ToString(), g.Count)).ToList());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byStatus")
            .Description("Matching clusters per status of a designation at a level, on the search's status date.")
            .Argument<NonNullGraphType<DesignationLevelType>>("level", a => { a.Description = "The level (default NATIONAL)."; a.DefaultValue = DesignationLevel.National; })
            .ResolveAsync(async c =>
            {
                var level = c.GetArgument<DesignationLevel>("level");
                var date = c.Source.StatusDate;
                var statusOf = DesignationStatusFilter.StatusOn(date);
                return await Run(c, async (db, q, ct) =>
                {
                    // One pass over the matching designations, not one scan per status.
                    var counted = await q.SelectMany(x => x.Designations).Where(d => d.Level == level)
                        .Select(statusOf)
                        .GroupBy(s => s.Status)
                        .Select(g => new { g.Key, Count = g.Select(s => s.ClusterId).Distinct().Count() })
                        .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
                    return Enum.GetValues<DesignationStatus>()
                        .Select(status => new FacetCount(DesignationStatusName(status), DesignationStatusName(status), counted.GetValueOrDefault(status)))
                        .ToList();
                });
            });
    }

    private static string DesignationStatusName(DesignationStatus status) => status.ToString().ToConstantCase();

    private static async Task<T> Run<T>(IResolveFieldContext<ClusterSearch> context,
        Func<RegistryDbContext, IQueryable<ClusterRegistry.Clusters.Cluster>, CancellationToken, Task<T>> query)
    {
        await using var db = await context.OpenRegistryAsync();
        return await query(db, context.Source.Apply(db).AsNoTracking(), context.CancellationToken);
    }
}

public sealed record FacetCount(string? Value, string Label, int Count);

public sealed class FacetCountType : ObjectGraphType<FacetCount>
{
    public FacetCountType()
    {
        Name = "FacetCount";
        Description = "How many matching clusters share one value.";
        Field(f => f.Value, nullable: true).Description("The value: a code, a year or a status; null for \"none\".");
        Field(f => f.Label).Description("A readable label for the value.");
        Field(f => f.Count).Description("The number of matching clusters.");
    }
}
