using ClusterRegistry.Api.Paging;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Clusters;
using GraphQL;
using GraphQL.Types;

namespace ClusterRegistry.Api.Clusters;

/// <summary>One entry of the <c>order</c> argument: exactly one field with a direction.</summary>
public sealed class ClusterSort
{
    public SortDirection? Name { get; set; }
    public SortDirection? BatchYear { get; set; }
    public SortDirection? ValidUntil { get; set; }
    public SortDirection? RegionCode { get; set; }

    private static readonly SortKey<Cluster> ById = SortKey<Cluster>.Of("id", c => c.Id);
    private static readonly SortKey<Cluster> ByName = SortKey<Cluster>.Of("name", c => c.NameZh);
    private static readonly SortKey<Cluster> ByBatchYear = SortKey<Cluster>.Of("batchYear", c => c.FirstBatchYear);
    private static readonly SortKey<Cluster> ByValidUntil = SortKey<Cluster>.Of("validUntil", c => c.ValidUntil);
    private static readonly SortKey<Cluster> ByRegionCode = SortKey<Cluster>.Of("regionCode", c => c.CountyCode);

    /// <summary>The sort keys for an <c>order</c> argument, always ending on the id so that every row has one place.</summary>
    public static IReadOnlyList<SortKey<Cluster>> KeysFor(IReadOnlyList<ClusterSort>? order)
    {
        var keys = new List<SortKey<Cluster>>();
        foreach (var entry in order ?? [])
        {
            var given = new (SortDirection? Direction, SortKey<Cluster> Key)[]
            {
                (entry.Name, ByName),
                (entry.BatchYear, ByBatchYear),
                (entry.ValidUntil, ByValidUntil),
                (entry.RegionCode, ByRegionCode),
            }.Where(x => x.Direction is not null).ToList();
            if (given.Count != 1)
                throw new ExecutionError("Each `order` entry names exactly one field.") { Code = ErrorCodes.InvalidSort };
            var (direction, key) = given[0];
            if (keys.Any(k => k.Name == key.Name))
                throw new ExecutionError($"`{key.Name}` appears twice in `order`.") { Code = ErrorCodes.InvalidSort };
            keys.Add(direction == SortDirection.Desc ? key.Reversed() : key);
        }
        keys.Add(ById);
        return keys;
    }
}

public sealed class ClusterSortInputType : InputObjectGraphType<ClusterSort>
{
    public ClusterSortInputType()
    {
        Name = "ClusterSortInput";
        Description = "One sort field with its direction. Ties are always broken by the cluster's id.";
        Field<SortEnumType>("name").Description("By Chinese name (code-point order).");
        Field<SortEnumType>("batchYear").Description("By the year of the earliest identifying batch.");
        Field<SortEnumType>("validUntil").Description("By the latest end of validity.");
        Field<SortEnumType>("regionCode").Description("By county-level division code, which groups by province and prefecture.");
    }
}
