using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Designations;
using GraphQL.Types;

namespace ClusterRegistry.Api.Designations;

public sealed class DesignationType : NodeType<Designation>
{
    public const string TypeName = "Designation";

    public DesignationType() : base(TypeName, "A cluster's identification at one level from one batch, with its reviews and any revocation.", d => d.Id)
    {
        Field<NonNullGraphType<DesignationLevelType>>("level").Description("National or provincial.").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<IdentificationBatchType>>("batch").Description("The batch that identified the cluster.")
            .Resolve(c => c.Source.Batch);
        Field<NonNullGraphType<ClusterType>>("cluster").Description("The identified cluster.")
            .Resolve(c => c.Service<ClusterLoaders>().Cluster(c.Source.ClusterId));
        Field(d => d.ValidFrom).Description("The first day of validity.");
        Field(d => d.InitialValidUntil).Description("The last day of validity as announced with the batch.");
        Field(d => d.ValidUntil).Description("The last day of validity after every passed review.");
        Field<NonNullGraphType<DesignationStatusType>>("status").Description("The status on a date.")
            .Argument<DateScalar>("on", "The date (default: today in China).")
            .Resolve(c => c.Source.StatusOn(c.StatusDate()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewType>>>>("reviews").Description("Reviews (复核), oldest first.")
            .Resolve(c => c.Source.Reviews.OrderBy(r => r.DecidedOn).ToList());
        Field<RevocationType>("revocation").Description("The revocation, if the identification was revoked.")
            .Resolve(c => c.Source.Revocation);
        Field<NonNullGraphType<SourceType>>("source").Description("Where the designation was read.").Resolve(c => c.Source.Provenance);
    }
}
