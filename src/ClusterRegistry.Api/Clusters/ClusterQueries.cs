using ClusterRegistry.Api.Paging;
using ClusterRegistry.Api.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Clusters;

public static class ClusterQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ClustersConnectionType>>("clusters")
            .Description("Search the registry's clusters, a page at a time.")
            .Paged()
            .ClusterSearchable()
            .Argument<ListGraphType<NonNullGraphType<ClusterSortInputType>>>("order", "Sort order; ties are broken by id. Default: by id.")
            .ResolveAsync(async context =>
            {
                var page = PageRequest.From(context);
                var order = ClusterSort.KeysFor(context.GetArgument<List<ClusterSort>?>("order"));
                await using var db = await context.OpenRegistryAsync();
                var filtered = ClusterSearch.From(context).Apply(db).AsNoTracking();
                var connection = await KeysetPager.PageAsync(filtered, order, page, context.Selects("totalCount"), context.CancellationToken);
                if (connection.Edges.Count > 0 && ClusterSelection.SelectsStatus(context))
                    await context.Service<ClusterLoaders>().PrimeTimelinesAsync(db, [.. connection.Edges.Select(e => e.Node.Id)], context.CancellationToken);
                return connection;
            });

        query.Field<ClusterType>("cluster")
            .Description("A cluster by its id; null if there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The cluster's global id.")
            .Resolve(context => GlobalId.TryDecodeInt(context.GetArgument<string>("id"), ClusterType.TypeName) is { } id
                ? context.Service<ClusterLoaders>().Cluster(id)
                : throw new ExecutionError("Not a cluster id.") { Code = ErrorCodes.InvalidId });

        query.Field<NonNullGraphType<ClusterFacetsType>>("clusterFacets")
            .Description("Counts of the matching clusters by province, industry, batch year and status, for search pages.")
            .ClusterSearchable()
            .Resolve(context => ClusterSearch.From(context));
    }
}
