using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Audit;
using ClusterRegistry.Clusters;
using GraphQL;
using GraphQL.Types;

namespace ClusterRegistry.Api.Clusters;

public sealed class RecordChangeFilingInput
{
    public string ClusterId { get; set; } = "";
    public ChangeKind Kind { get; set; }
    public DateOnly ChangedOn { get; set; }
    public DateOnly FiledOn { get; set; }
    public string Description { get; set; } = "";
    public string? NewLeadIndustry { get; set; }
    public string? NewIndustryCode { get; set; }
    public string? NewOperatingInstitution { get; set; }
}

public sealed class RecordChangeFilingInputType : InputObjectGraphType<RecordChangeFilingInput>
{
    public RecordChangeFilingInputType()
    {
        Name = "RecordChangeFilingInput";
        Description = "A filed major change (重大变动报备) of lead industry, spatial scope or operating institution.";
        Field<NonNullGraphType<IdGraphType>>("clusterId").Description("The cluster.");
        Field(i => i.Kind).Description("What changed.");
        Field(i => i.ChangedOn).Description("When the change happened.");
        Field(i => i.FiledOn).Description("When it was filed; not before the change, not in the future.");
        Field(i => i.Description).Description("What changed, in words.");
        Field(i => i.NewLeadIndustry, nullable: true).Description("For LEAD_INDUSTRY: the new lead industry (required).");
        Field(i => i.NewIndustryCode, nullable: true).Description("For LEAD_INDUSTRY: its GB/T 4754-2017 division.");
        Field(i => i.NewOperatingInstitution, nullable: true).Description("For OPERATING_INSTITUTION: the new institution (required).");
    }
}

public sealed class RecordChangeFilingPayloadType()
    : PayloadType<ChangeFilingType, ChangeFiling, RecordChangeFilingErrorType>("RecordChangeFiling", "changeFiling", "The filing.");

public sealed class RecordChangeFilingErrorType() : MutationErrorUnion("RecordChangeFiling");

internal static class RecordChangeFiling
{
    public static async Task<ChangeFiling> RunAsync(MutationScope scope, RecordChangeFilingInput input)
    {
        var cluster = await ClusterLookup.LoadAsync(scope, input.ClusterId);
        if (input.FiledOn > scope.Today) throw MutationRefused.InvalidInput("filedOn", "A filing cannot be dated in the future.");
        var industryCode = input.Kind == ChangeKind.LeadIndustry
            ? await ClusterLookup.IndustryDivisionAsync(scope, input.NewIndustryCode, "newIndustryCode")
            : null;
        var before = AuditSnapshot.Of(cluster);
        var filing = cluster.FileChange(input.Kind, input.ChangedOn, input.FiledOn, input.Description,
            input.NewLeadIndustry, industryCode, input.NewOperatingInstitution);
        scope.Audit(ClusterType.TypeName, () => GlobalId.Encode(ClusterType.TypeName, cluster.Id), cluster,
            $"Filed a major change ({input.Kind.ToString().ToConstantCase()}) of {input.ChangedOn:yyyy-MM-dd}", before, () => AuditSnapshot.Of(cluster));
        return filing;
    }
}
