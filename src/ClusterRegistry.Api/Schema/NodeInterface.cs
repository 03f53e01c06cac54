using GraphQL.Types;

namespace ClusterRegistry.Api.Schema;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque id, fetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The globally unique id.");
    }
}
