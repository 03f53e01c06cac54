using GraphQL.Types;

namespace ClusterRegistry.Api.Schema;

/// <summary>An object type that implements <c>Node</c>: its global id is its type name and key.</summary>
public abstract class NodeType<T> : ObjectGraphType<T>
{
    protected NodeType(string typeName, string description, Func<T, object> key)
    {
        Name = typeName;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = o => o is T;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The globally unique id.")
            .Resolve(c => GlobalId.Encode(typeName, key(c.Source)));
    }
}
