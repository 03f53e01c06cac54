using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Policies;
using GraphQL.Types;

namespace ClusterRegistry.Api.Policies;

public static class PolicySupportMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.AddMutation<RecordPolicySupportInputType, RecordPolicySupportInput, RecordPolicySupportPayloadType, PolicySupport>(
            "recordPolicySupport", "Records a policy support measure for one or more clusters.", RecordPolicySupport.RunAsync);
}
