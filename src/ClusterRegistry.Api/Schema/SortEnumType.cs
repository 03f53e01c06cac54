using GraphQL.Types;

namespace ClusterRegistry.Api.Schema;

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction.";
        Values.FindByValue(SortDirection.Asc)!.Description = "Ascending.";
        Values.FindByValue(SortDirection.Desc)!.Description = "Descending.";
    }
}
