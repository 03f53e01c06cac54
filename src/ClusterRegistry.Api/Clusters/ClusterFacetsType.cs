using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Caching;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Batches;
using GraphQL;
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
            .ResolveAsync(async c => await Facet(c, (facets, version) => facets.TotalCountAsync(c.Source, version, c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byProvince")
            .Description("Matching clusters per province, largest first.")
            .ResolveAsync(async c => await Facet(c, (facets, version) => facets.ByProvinceAsync(c.Source, version, c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byIndustry")
            .Description("Matching clusters per GB/T 4754-2017 division; value null counts the clusters not yet classified.")
            .ResolveAsync(async c => await Facet(c, (facets, version) => facets.ByIndustryAsync(c.Source, version, c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byBatchYear")
            .Description("Matching clusters per identifying batch year at a level (a cluster counts once in each year it was identified).")
            .Argument<NonNullGraphType<DesignationLevelType>>("level", a => { a.Description = "The level (default NATIONAL)."; a.DefaultValue = DesignationLevel.National; })
            .ResolveAsync(async c => await Facet(c, (facets, version) =>
                facets.ByBatchYearAsync(c.Source, c.GetArgument<DesignationLevel>("level"), version, c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byStatus")
            .Description("Matching clusters per status of a designation at a level, on the search's status date.")
            .Argument<NonNullGraphType<DesignationLevelType>>("level", a => { a.Description = "The level (default NATIONAL)."; a.DefaultValue = DesignationLevel.National; })
            .ResolveAsync(async c => await Facet(c, (facets, version) =>
                facets.ByStatusAsync(c.Source, c.GetArgument<DesignationLevel>("level"), version, c.CancellationToken)));
    }

    private static async Task<T> Facet<T>(IResolveFieldContext<ClusterSearch> context, Func<ClusterFacets, long, Task<T>> facet)
    {
        var version = await context.Service<RequestDataVersion>().CurrentAsync(context.CancellationToken);
        return await facet(context.Service<ClusterFacets>(), version);
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
