using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Designations;
using ClusterRegistry.Api.Industries;
using ClusterRegistry.Api.Loading;
using ClusterRegistry.Api.Policies;
using ClusterRegistry.Api.Regions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ClusterRegistry.Api.Schema;

/// <summary>Relay's object identification: any object with an id can be fetched back by it.</summary>
public static class NodeQueries
{
    public const int MaxIds = 50;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any object by its global id; null if there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id.")
            .Resolve(context => Load(context, context.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Objects by their global ids, in the same order; null where there is none. At most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                    throw new ExecutionError($"At most {MaxIds} ids at once.") { Code = ErrorCodes.InvalidId };
                return new Many(ids.Select(id => Load(context, id)).ToList());
            });
    }

    private static IDataLoaderResult<object?> Load(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var type, out var key))
            throw new ExecutionError($"'{id}' is not a global id.") { Code = ErrorCodes.InvalidId };
        int? number = int.TryParse(key, out var n) && n > 0 ? n : null;
        return (type, number) switch
        {
            (ClusterType.TypeName, { } i) => context.Service<ClusterLoaders>().Cluster(i).Then(x => (object?)x),
            (DesignationType.TypeName, { } i) => context.Service<ClusterLoaders>().Designation(i).Then(x => (object?)x),
            (IdentificationBatchType.TypeName, { } i) => context.Service<BatchLoaders>().Batch(i).Then(x => (object?)x),
            (PolicySupportType.TypeName, { } i) => context.Service<PolicySupportLoaders>().PolicySupport(i).Then(x => (object?)x),
            (RegionType.TypeName, _) => DataLoaderResultExtensions.Known<object?>(context.Service<RegionCatalog>().Find(key)),
            (IndustryType.TypeName, _) => context.Service<IndustryLoaders>().Industry(key).Then(x => (object?)x),
            _ => throw new ExecutionError($"'{id}' is not the id of a registry object.") { Code = ErrorCodes.InvalidId },
        };
    }

    private sealed class Many(IReadOnlyList<IDataLoaderResult<object?>> items) : IDataLoaderResult<IReadOnlyList<object?>>
    {
        public async Task<IReadOnlyList<object?>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var results = new List<object?>(items.Count);
            foreach (var item in items) results.Add(await item.GetResultAsync(cancellationToken));
            return results;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
