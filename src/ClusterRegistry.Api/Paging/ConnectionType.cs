using GraphQL.Types;

namespace ClusterRegistry.Api.Paging;

/// <summary>A Relay connection named as HotChocolate names it: <c>{Name}Connection</c> with <c>{Name}Edge</c>s.</summary>
public abstract class ConnectionType<TNodeType, TEdgeType, T> : ObjectGraphType<Connection<T>>
    where TNodeType : IGraphType
    where TEdgeType : EdgeType<TNodeType, T>
{
    protected ConnectionType(string name, string itemsDescription)
    {
        Name = name + "Connection";
        Description = $"A connection to a list of {itemsDescription}.";
        Field<ListGraphType<NonNullGraphType<TEdgeType>>>("edges").Description("The edges of this page.")
            .Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").Description("The items of this page, a shortcut for edges { node }.")
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("The number of items that match, over all pages.")
            .Resolve(c => c.Source.TotalCount);
    }
}

public abstract class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>> where TNodeType : IGraphType
{
    protected EdgeType(string name, string itemDescription)
    {
        Name = name + "Edge";
        Description = $"An edge in a connection, pointing to {itemDescription}.";
        Field(e => e.Cursor).Description("A cursor for use in pagination.");
        Field<NonNullGraphType<TNodeType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node);
    }
}
