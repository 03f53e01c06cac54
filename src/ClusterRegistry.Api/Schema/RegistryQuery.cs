using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Industries;
using ClusterRegistry.Api.Policies;
using ClusterRegistry.Api.Regions;
using GraphQL.Types;

namespace ClusterRegistry.Api.Schema;

/// <summary>The public, anonymous read side. Each feature adds its own fields.</summary>
public sealed class RegistryQuery : ObjectGraphType
{
    public RegistryQuery()
    {
        Name = "Query";
        Description = "Public queries over the registry. No authentication is needed.";
        ClusterQueries.AddTo(this);
        RegionQueries.AddTo(this);
        IndustryQueries.AddTo(this);
        BatchQueries.AddTo(this);
        PolicySupportQueries.AddTo(this);
        NodeQueries.AddTo(this);
        Changes.ChangeQueries.AddTo(this);
    }
}
