using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Audit;
using ClusterRegistry.Designations;
using GraphQL.Types;

namespace ClusterRegistry.Api.Designations;

public sealed class RecordReviewOutcomeInput
{
    public string DesignationId { get; set; } = "";
    public ReviewOutcome Outcome { get; set; }
    public DateOnly DecidedOn { get; set; }
    public string? Document { get; set; }
    public string? SourceUrl { get; set; }
    public string? SourceNote { get; set; }
}

public sealed class RecordReviewOutcomeInputType : InputObjectGraphType<RecordReviewOutcomeInput>
{
    public RecordReviewOutcomeInputType()
    {
        Name = "RecordReviewOutcomeInput";
        Description = "The outcome of a review (复核). PASSED extends validity by three years from its current end; FAILED revokes with ground REVIEW_FAILED.";
        Field<NonNullGraphType<IdGraphType>>("designationId").Description("The reviewed designation.");
        Field(i => i.Outcome).Description("Passed or failed.");
        Field(i => i.DecidedOn).Description("The date of the outcome: within the final year of validity or later, not in the future.");
        Field(i => i.Document, nullable: true).Description("The document that records the outcome.");
        Field(i => i.SourceUrl, nullable: true).Description("The public page the outcome was read on.");
        Field(i => i.SourceNote, nullable: true).Description("A note on the source.");
    }
}

public sealed class RecordReviewOutcomePayloadType()
    : PayloadType<DesignationType, Designation, RecordReviewOutcomeErrorType>("RecordReviewOutcome", "designation", "The reviewed designation.");

public sealed class RecordReviewOutcomeErrorType() : MutationErrorUnion("RecordReviewOutcome");

internal static class RecordReviewOutcome
{
    public static async Task<Designation> RunAsync(MutationScope scope, RecordReviewOutcomeInput input)
    {
        var (cluster, designation) = await DesignationLookup.LoadAsync(scope, input.DesignationId, "record national review outcomes");
        if (input.DecidedOn > scope.Today) throw MutationRefused.InvalidInput("decidedOn", "An outcome cannot be dated in the future.");
        var before = AuditSnapshot.Of(designation);
        cluster.RecordReview(designation, input.Outcome, input.DecidedOn, MutationInputs.Text(input.Document, "document", 100),
            MutationInputs.Source(input.SourceUrl, input.SourceNote));
        scope.Audit(DesignationType.TypeName, () => GlobalId.Encode(DesignationType.TypeName, designation.Id), cluster,
            input.Outcome == ReviewOutcome.Passed
                ? $"Review passed on {input.DecidedOn:yyyy-MM-dd}: valid until {designation.ValidUntil:yyyy-MM-dd}"
                : $"Review failed on {input.DecidedOn:yyyy-MM-dd}: identification revoked",
            before, () => AuditSnapshot.Of(designation));
        return designation;
    }
}
