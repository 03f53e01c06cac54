using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Designations;
using ClusterRegistry.Api.Policies;
using GraphQL.Types;

namespace ClusterRegistry.Api.Mutations;

/// <summary>The officials' write side. Every field needs a registry role; each feature adds its own.</summary>
public sealed class RegistryMutation : ObjectGraphType
{
    public RegistryMutation()
    {
        Name = "Mutation";
        Description = "Changes by registry officials (Entra ID app roles Registry.Ministry and Registry.Province). Every change is audited.";
        BatchMutations.AddTo(this);
        ClusterMutations.AddTo(this);
        DesignationMutations.AddTo(this);
        PolicySupportMutations.AddTo(this);
        Import.ImportIdentifications.AddTo(this);
    }
}
