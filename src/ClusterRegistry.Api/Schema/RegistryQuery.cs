using GraphQL.Types;

namespace ClusterRegistry.Api.Schema;

/// <summary>The public, anonymous read side. Each feature adds its own fields.</summary>
public sealed class RegistryQuery : ObjectGraphType
{
    public RegistryQuery()
    {
        Name = "Query";
        Description = "Public queries over the registry. No authentication is needed.";
        Field<StringGraphType>("ping").Description("Always \"pong\".").Resolve(_ => "pong");
    }
}
