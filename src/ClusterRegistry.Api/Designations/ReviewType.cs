using ClusterRegistry.Api.Schema;
using ClusterRegistry.Designations;
using GraphQL.Types;

namespace ClusterRegistry.Api.Designations;

public sealed class ReviewType : ObjectGraphType<Review>
{
    public ReviewType()
    {
        Name = "Review";
        Description = "A review (复核) of a designation as its validity runs out.";
        Field<NonNullGraphType<ReviewOutcomeType>>("outcome").Description("Passed or failed.").Resolve(c => c.Source.Outcome);
        Field(r => r.DecidedOn).Description("The date of the outcome.");
        Field(r => r.Document, nullable: true).Description("The document that records the outcome.");
        Field(r => r.ExtendedUntil, nullable: true).Description("For a pass, the new last day of validity.");
        Field<NonNullGraphType<SourceType>>("source").Description("Where the outcome was read.").Resolve(c => c.Source.Provenance);
    }
}
