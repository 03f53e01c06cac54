using ClusterRegistry.Api.Clusters;
using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Audit;
using ClusterRegistry.Policies;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Policies;

public sealed class RecordPolicySupportInput
{
    public PolicySupportKind Kind { get; set; }
    public AuthorityLevel IssuingLevel { get; set; }
    public string IssuingAuthority { get; set; } = "";
    public string Title { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public decimal? AmountCny { get; set; }
    public List<string> ClusterIds { get; set; } = [];
    public string? SourceUrl { get; set; }
    public string? SourceNote { get; set; }
}

public sealed class RecordPolicySupportInputType : InputObjectGraphType<RecordPolicySupportInput>
{
    public RecordPolicySupportInputType()
    {
        Name = "RecordPolicySupportInput";
        Description = "A policy support measure (Art. 8) and the clusters it applies to.";
        Field(i => i.Kind).Description("The kind of support.");
        Field(i => i.IssuingLevel).Description("The level of the issuing authority; NATIONAL measures are recorded by MIIT officials.");
        Field(i => i.IssuingAuthority).Description("The issuing authority.");
        Field(i => i.Title).Description("The measure's title.");
        Field(i => i.StartsOn).Description("The first day the measure applies.");
        Field(i => i.EndsOn, nullable: true).Description("The last day it applies; empty if open-ended.");
        Field(i => i.AmountCny, nullable: true).Description("The amount in CNY, where stated.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("clusterIds")
            .Description($"The clusters it applies to (1 to {RecordPolicySupport.MaxClusters}); a provincial official names only clusters of their province.");
        Field(i => i.SourceUrl, nullable: true).Description("The public page the measure was read on.");
        Field(i => i.SourceNote, nullable: true).Description("A note on the source.");
    }
}

public sealed class RecordPolicySupportPayloadType()
    : PayloadType<PolicySupportType, PolicySupport, RecordPolicySupportErrorType>("RecordPolicySupport", "policySupport", "The measure.");

public sealed class RecordPolicySupportErrorType() : MutationErrorUnion("RecordPolicySupport");

public static class RecordPolicySupport
{
    public const int MaxClusters = 100;

    internal static async Task<PolicySupport> RunAsync(MutationScope scope, RecordPolicySupportInput input)
    {
        if (input.ClusterIds.Count is 0 or > MaxClusters)
            throw MutationRefused.InvalidInput("clusterIds", $"Name 1 to {MaxClusters} clusters.");
        if (input.IssuingLevel == AuthorityLevel.National) scope.RequireMinistry("record national policy support");
        var ids = input.ClusterIds.Select(id => MutationInputs.Id(id, ClusterType.TypeName, "clusterIds")).Distinct().ToList();
        var clusters = await scope.Db.Clusters.Where(c => ids.Contains(c.Id)).ToListAsync();
        if (clusters.Count != ids.Count) throw MutationRefused.NotFound("clusterIds", "cluster");
        foreach (var province in clusters.Select(c => c.ProvinceCode).Distinct()) scope.RequireProvince(province);

        var policy = new PolicySupport(input.Kind, input.IssuingLevel, input.IssuingAuthority, input.Title, input.StartsOn, input.EndsOn,
            input.AmountCny, MutationInputs.Source(input.SourceUrl, input.SourceNote));
        foreach (var cluster in clusters)
        {
            policy.ApplyTo(cluster);
            scope.Audit(PolicySupportType.TypeName, () => GlobalId.Encode(PolicySupportType.TypeName, policy.Id), cluster,
                $"Policy support recorded: {policy.Title} ({policy.Kind.ToString().ToConstantCase()})", null, () => AuditSnapshot.Of(policy));
        }
        scope.Db.PolicySupports.Add(policy);
        return policy;
    }
}
