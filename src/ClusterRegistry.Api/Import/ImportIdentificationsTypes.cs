using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Designations;
using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Api.Regions;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Clusters;
using ClusterRegistry.Data.Import;
using ClusterRegistry.Designations;
using GraphQL;
using GraphQL.Types;

namespace ClusterRegistry.Api.Import;

public sealed class ImportIdentificationsInput
{
    public string BatchId { get; set; } = "";
    public List<AnnexRowInput> Rows { get; set; } = [];
    public bool DryRun { get; set; } = true;
    public string? ExpectedToken { get; set; }
}

public sealed class AnnexRowInput
{
    public int? Number { get; set; }
    public string Name { get; set; } = "";
    public string Province { get; set; } = "";
    public string? Prefecture { get; set; }
    public string? County { get; set; }
    public string? LeadIndustry { get; set; }
    public string? SourceUrl { get; set; }
}

public sealed class ImportIdentificationsInputType : InputObjectGraphType<ImportIdentificationsInput>
{
    public ImportIdentificationsInputType()
    {
        Name = "ImportIdentificationsInput";
        Description = "A published list (annex) of clusters identified by one batch. Dry-run it first; commit with the dry run's token.";
        Field<NonNullGraphType<IdGraphType>>("batchId").Description("The identifying batch.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnnexRowInputType>>>>("rows").Description($"The annex's rows (at most {ImportIdentifications.MaxRows}).");
        Field<BooleanGraphType>("dryRun").DefaultValue(true).Description("True (the default): resolve and report, write nothing. False: commit every row in one transaction, or none.");
        Field(i => i.ExpectedToken, nullable: true).Description("For a commit: the token of the dry run; refused with CONFLICT if the registry changed since.");
    }
}

public sealed class AnnexRowInputType : InputObjectGraphType<AnnexRowInput>
{
    public AnnexRowInputType()
    {
        Name = "AnnexRowInput";
        Description = "One row as the annex writes it: names or codes, full-width characters and short names allowed.";
        Field(i => i.Number, nullable: true).Description("The row's number (序号); default: its position.");
        Field(i => i.Name).Description("The cluster's name (集群名称).");
        Field(i => i.Province).Description("The province (省份): name, short name or 2-digit code.");
        Field(i => i.Prefecture, nullable: true).Description("The prefecture: name, short name or 4-digit code.");
        Field(i => i.County, nullable: true).Description("The county-level division: name or 6-digit code; inferred from the name when left out and unambiguous.");
        Field(i => i.LeadIndustry, nullable: true).Description("The lead industry (主导产业); taken from the name when left out.");
        Field(i => i.SourceUrl, nullable: true).Description("The public page the row was read on.");
    }
}

/// <summary>What an import did or would do.</summary>
public sealed record AnnexImportReport(bool DryRun, string Token, IReadOnlyList<AnnexImportRow> Rows)
{
    public bool Committed => !DryRun;
}

/// <summary>A row's plan and, after a commit, the records it wrote (their ids exist once saved).</summary>
public sealed record AnnexImportRow(AnnexRowPlan Plan, IReadOnlyList<string> Errors, Cluster? Cluster, Designation? Designation, string? ClusterBefore);

public sealed class AnnexImportReportType : ObjectGraphType<AnnexImportReport>
{
    public AnnexImportReportType()
    {
        Name = "AnnexImportReport";
        Description = "A per-row report of an import: what each row resolved to, its errors and warnings.";
        Field(r => r.DryRun).Description("Whether this was a dry run (nothing written).");
        Field(r => r.Committed).Description("Whether the rows were written.");
        Field(r => r.Token).Description("The registry's data version this run saw: pass it as expectedToken to commit.");
        Field<NonNullGraphType<IntGraphType>>("newClusters").Description("Rows that add a cluster.")
            .Resolve(c => c.Source.Rows.Count(r => r.Errors.Count == 0 && r.Plan.Outcome == AnnexRowOutcome.NewCluster));
        Field<NonNullGraphType<IntGraphType>>("newDesignations").Description("Rows that add a designation (every accepted row).")
            .Resolve(c => c.Source.Rows.Count(r => r.Errors.Count == 0));
        Field<NonNullGraphType<IntGraphType>>("rejected").Description("Rows with errors.")
            .Resolve(c => c.Source.Rows.Count(r => r.Errors.Count > 0));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnnexImportRowType>>>>("rows").Description("Every row, in the annex's order.")
            .Resolve(c => c.Source.Rows);
    }
}

public sealed class AnnexImportRowType : ObjectGraphType<AnnexImportRow>
{
    public AnnexImportRowType()
    {
        Name = "AnnexImportRow";
        Description = "One annex row in an import report.";
        Field<NonNullGraphType<IntGraphType>>("number").Description("The row's number.").Resolve(c => c.Source.Plan.Row.Number);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The cluster's name as the registry keeps it.").Resolve(c => c.Source.Plan.Name);
        Field<NonNullGraphType<AnnexRowOutcomeType>>("outcome").Description("What the row does.")
            .Resolve(c => c.Source.Errors.Count > 0 ? AnnexRowOutcome.Rejected : c.Source.Plan.Outcome);
        Field<RegionType>("county").Description("The county-level division the row resolved to.")
            .Resolve(c => c.Source.Plan.Location is { } l ? c.Service<RegionCatalog>().Find(l.CountyCode) : null);
        Field<NonNullGraphType<StringGraphType>>("leadIndustry").Description("The lead industry a new cluster gets.").Resolve(c => c.Source.Plan.LeadIndustry);
        Field<IdGraphType>("clusterId").Description("The existing cluster, or after a commit the new one.")
            .Resolve(c => c.Source.Cluster is { Id: > 0 } cluster ? GlobalId.Encode(ClusterType.TypeName, cluster.Id)
                : c.Source.Plan.Cluster is { } known ? GlobalId.Encode(ClusterType.TypeName, known.Id) : null);
        Field<IdGraphType>("designationId").Description("After a commit: the new designation.")
            .Resolve(c => c.Source.Designation is { Id: > 0 } d ? GlobalId.Encode(DesignationType.TypeName, d.Id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("errors").Description("Why the row cannot be imported.")
            .Resolve(c => c.Source.Errors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings").Description("What to check before committing.")
            .Resolve(c => c.Source.Plan.Warnings);
    }
}

public sealed class AnnexRowOutcomeType() : DescribedEnumType<AnnexRowOutcome>(
    "What an annex row does.",
    new Dictionary<AnnexRowOutcome, string>
    {
        [AnnexRowOutcome.NewCluster] = "Adds a cluster new to the registry, with its designation.",
        [AnnexRowOutcome.ExistingCluster] = "Adds a designation to a cluster of this name in this county that the registry already holds.",
        [AnnexRowOutcome.Rejected] = "Has errors: the import cannot be committed until the row is fixed or left out.",
    });

public sealed class ImportIdentificationsPayloadType()
    : PayloadType<AnnexImportReportType, AnnexImportReport, ImportIdentificationsErrorType>("ImportIdentifications", "report", "The per-row report.");

public sealed class ImportIdentificationsErrorType() : MutationErrorUnion("ImportIdentifications");
