using ClusterRegistry.Designations;
using GraphQL.Types;

namespace ClusterRegistry.Api.Designations;

public sealed class RevocationType : ObjectGraphType<Revocation>
{
    public RevocationType()
    {
        Name = "Revocation";
        Description = "The revocation (撤销认定) of an identification.";
        Field<NonNullGraphType<RevocationGroundType>>("ground").Description("Why it was revoked.").Resolve(c => c.Source.Ground);
        Field(r => r.RevokedOn).Description("The date of revocation.");
        Field(r => r.Document, nullable: true).Description("The document that revokes it.");
        Field(r => r.Note, nullable: true).Description("A note on the revocation.");
    }
}
