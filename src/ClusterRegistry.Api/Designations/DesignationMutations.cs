using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Designations;
using GraphQL.Types;

namespace ClusterRegistry.Api.Designations;

public static class DesignationMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.AddMutation<RecordReviewOutcomeInputType, RecordReviewOutcomeInput, RecordReviewOutcomePayloadType, Designation>(
            "recordReviewOutcome", "Records a review outcome. National designations: MIIT officials; provincial: that province's officials.",
            RecordReviewOutcome.RunAsync);
        mutation.AddMutation<RevokeDesignationInputType, RevokeDesignationInput, RevokeDesignationPayloadType, Designation>(
            "revokeDesignation", "Revokes an identification. National designations: MIIT officials; provincial: that province's officials.",
            RevokeDesignation.RunAsync);
    }
}
