using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Loading;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Batches;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ClusterRegistry.Api.Clusters;

/// <summary>Facet counts over the clusters a search matches. Each facet runs only when selected, and is cached per data version.</summary>
public sealed class ClusterFacetsType : ObjectGraphType<ClusterSearch>
{
    public ClusterFacetsType()
    {
        Name = "ClusterFacets";
        Description = "Counts of the clusters that match a search.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("The number of matching clusters.")
            .Resolve(c => Facet(c, (facets, search, version, ct) => facets.TotalCountAsync(search, version, ct)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byProvince")
            .Description("Matching clusters per province, largest first.")
            .Resolve(c => Facet(c, (facets, search, version, ct) => facets.ByProvinceAsync(search, version, ct)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byIndustry")
            .Description("Matching clusters per GB/T 4754-2017 division; value null counts the clusters not yet classified.")
            .Resolve(c => Facet(c, (facets, search, version, ct) => facets.ByIndustryAsync(search, version, ct)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byBatchYear")
            .Description("Matching clusters per identifying batch year at a level (a cluster counts once in each year it was identified).")
            .Argument<NonNullGraphType<DesignationLevelType>>("level", a => { a.Description = "The level (default NATIONAL)."; a.DefaultValue = DesignationLevel.National; })
            .Resolve(c =>
            {
                var level = c.GetArgument<DesignationLevel>("level");
                return Facet(c, (facets, search, version, ct) => facets.ByBatchYearAsync(search, level, version, ct));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byStatus")
            .Description("Matching clusters per status of a designation at a level, on the search's status date.")
            .Argument<NonNullGraphType<DesignationLevelType>>("level", a => { a.Description = "The level (default NATIONAL)."; a.DefaultValue = DesignationLevel.National; })
            .Resolve(c =>
            {
                var level = c.GetArgument<DesignationLevel>("level");
                return Facet(c, (facets, search, version, ct) => facets.ByStatusAsync(search, level, version, ct));
            });
    }

    /// <summary>
    /// Started now (the facet cache computes on the thread pool) and awaited with the other deferred results, so the
    /// selected facets are counted side by side. The resolver's context is not used once it returns.
    /// </summary>
    private static IDataLoaderResult<T> Facet<T>(IResolveFieldContext<ClusterSearch> context,
        Func<ClusterFacets, ClusterSearch, long, CancellationToken, Task<T>> facet)
    {
        var (search, ct) = (context.Source, context.CancellationToken);
        var facets = context.Service<ClusterFacets>();
        // Read here, on the resolver's thread, so the request's facets share one read of the version.
        var version = context.Service<RequestDataVersion>().CurrentAsync(ct);
        return DataLoaderResultExtensions.Running(FacetAsync(facets, search, version, ct, facet));
    }

    private static async Task<T> FacetAsync<T>(ClusterFacets facets, ClusterSearch search, Task<long> version, CancellationToken ct,
        Func<ClusterFacets, ClusterSearch, long, CancellationToken, Task<T>> facet) =>
        await facet(facets, search, await version, ct);
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
