using ClusterRegistry.Api.Schema;
using ClusterRegistry.Clusters;
using GraphQL.Types;

namespace ClusterRegistry.Api.Clusters;

public sealed class AnnualReportType : ObjectGraphType<AnnualReport>
{
    public const string TypeName = "AnnualReport";

    public AnnualReportType()
    {
        Name = TypeName;
        Description = "A cluster's yearly report (每年报送上一年度工作情况) with the monitored figures.";
        Field(r => r.ReportingYear).Description("The year reported on.");
        Field(r => r.SubmittedOn).Description("When it was submitted.");
        Field(r => r.OutputValueCny, nullable: true).Description("Total output value in CNY.");
        Field(r => r.EnterpriseCount, nullable: true).Description("Number of enterprises.");
        Field(r => r.SmeCount, nullable: true).Description("Number of SMEs.");
        Field(r => r.SmeOutputShare, nullable: true).Description("SMEs' share of output, 0 to 1.");
        Field(r => r.RdSpendingCny, nullable: true).Description("R&D spending in CNY.");
        Field<NonNullGraphType<ClusterType>>("cluster").Description("The cluster.")
            .Resolve(c => c.Service<ClusterLoaders>().Cluster(c.Source.ClusterId));
    }
}
