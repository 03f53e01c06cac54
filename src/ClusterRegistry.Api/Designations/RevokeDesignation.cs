using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Audit;
using ClusterRegistry.Designations;
using GraphQL;
using GraphQL.Types;

namespace ClusterRegistry.Api.Designations;

public sealed class RevokeDesignationInput
{
    public string DesignationId { get; set; } = "";
    public RevocationGround Ground { get; set; }
    public DateOnly RevokedOn { get; set; }
    public string? Document { get; set; }
    public string? Note { get; set; }
}

public sealed class RevokeDesignationInputType : InputObjectGraphType<RevokeDesignationInput>
{
    public RevokeDesignationInputType()
    {
        Name = "RevokeDesignationInput";
        Description = "The revocation (撤销认定) of an identification.";
        Field<NonNullGraphType<IdGraphType>>("designationId").Description("The designation to revoke.");
        Field(i => i.Ground).Description("The ground for revocation.");
        Field(i => i.RevokedOn).Description("The date of revocation; not in the future.");
        Field(i => i.Document, nullable: true).Description("The revoking document.");
        Field(i => i.Note, nullable: true).Description("A note; required in practice for ground OTHER.");
    }
}

public sealed class RevokeDesignationPayloadType()
    : PayloadType<DesignationType, Designation, RevokeDesignationErrorType>("RevokeDesignation", "designation", "The revoked designation.");

public sealed class RevokeDesignationErrorType() : MutationErrorUnion("RevokeDesignation");

internal static class RevokeDesignation
{
    public static async Task<Designation> RunAsync(MutationScope scope, RevokeDesignationInput input)
    {
        var (cluster, designation) = await DesignationLookup.LoadAsync(scope, input.DesignationId, "revoke national identifications");
        if (input.RevokedOn > scope.Today) throw MutationRefused.InvalidInput("revokedOn", "A revocation cannot be dated in the future.");
        if (input.Ground == RevocationGround.Other && string.IsNullOrWhiteSpace(input.Note))
            throw MutationRefused.InvalidInput("note", "Ground OTHER needs a note saying what it is.");
        var before = AuditSnapshot.Of(designation);
        cluster.Revoke(designation, input.Ground, input.RevokedOn, MutationInputs.Text(input.Document, "document", 100),
            MutationInputs.Text(input.Note, "note", Provenance.MaxNoteLength));
        scope.Audit(DesignationType.TypeName, () => GlobalId.Encode(DesignationType.TypeName, designation.Id), cluster,
            $"Revoked on {input.RevokedOn:yyyy-MM-dd} ({input.Ground.ToString().ToConstantCase()})", before, () => AuditSnapshot.Of(designation));
        return designation;
    }
}
