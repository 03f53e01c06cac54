using GraphQL.Types;

namespace ClusterRegistry.Api.Schema;

public sealed class SourceType : ObjectGraphType<Provenance>
{
    public SourceType()
    {
        Name = "Source";
        Description = "Where a registry fact was read.";
        Field("url", p => p.SourceUrl, nullable: true).Description("The public page the fact was read on.");
        Field(p => p.Note, nullable: true).Description("How the fact was read, and its caveats.");
    }
}
