using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Audit;
using ClusterRegistry.Clusters;
using GraphQL.Types;

namespace ClusterRegistry.Api.Clusters;

public sealed class RecordAnnualReportInput
{
    public string ClusterId { get; set; } = "";
    public int ReportingYear { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public decimal? OutputValueCny { get; set; }
    public int? EnterpriseCount { get; set; }
    public int? SmeCount { get; set; }
    public decimal? SmeOutputShare { get; set; }
    public decimal? RdSpendingCny { get; set; }
}

public sealed class RecordAnnualReportInputType : InputObjectGraphType<RecordAnnualReportInput>
{
    public RecordAnnualReportInputType()
    {
        Name = "RecordAnnualReportInput";
        Description = "A cluster's yearly report on the previous year, as collected by its province.";
        Field<NonNullGraphType<IdGraphType>>("clusterId").Description("The cluster.");
        Field(i => i.ReportingYear).Description("The year reported on.");
        Field(i => i.SubmittedOn).Description("When it was submitted: after the reporting year, not in the future.");
        Field(i => i.OutputValueCny, nullable: true).Description("Total output value in CNY.");
        Field(i => i.EnterpriseCount, nullable: true).Description("Number of enterprises in the cluster.");
        Field(i => i.SmeCount, nullable: true).Description("Number of SMEs among them.");
        Field(i => i.SmeOutputShare, nullable: true).Description("SMEs' share of output, 0 to 1.");
        Field(i => i.RdSpendingCny, nullable: true).Description("R&D spending in CNY.");
    }
}

public sealed class RecordAnnualReportPayloadType()
    : PayloadType<AnnualReportType, AnnualReport, RecordAnnualReportErrorType>("RecordAnnualReport", "annualReport", "The report.");

public sealed class RecordAnnualReportErrorType() : MutationErrorUnion("RecordAnnualReport");

internal static class RecordAnnualReport
{
    public static async Task<AnnualReport> RunAsync(MutationScope scope, RecordAnnualReportInput input)
    {
        var cluster = await ClusterLookup.LoadAsync(scope, input.ClusterId);
        if (input.SubmittedOn > scope.Today) throw MutationRefused.InvalidInput("submittedOn", "A report cannot be submitted in the future.");
        await scope.Db.Entry(cluster).Collection(c => c.AnnualReports).LoadAsync();
        var report = cluster.RecordAnnualReport(input.ReportingYear, input.SubmittedOn,
            new AnnualFigures(input.OutputValueCny, input.EnterpriseCount, input.SmeCount, input.SmeOutputShare, input.RdSpendingCny));
        scope.Audit(AnnualReportType.TypeName, () => GlobalId.Encode(AnnualReportType.TypeName, report.Id), cluster,
            $"Recorded the annual report on {input.ReportingYear}", null, () => AuditSnapshot.Of(report));
        return report;
    }
}
