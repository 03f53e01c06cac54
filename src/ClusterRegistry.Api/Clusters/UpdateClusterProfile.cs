using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Audit;
using ClusterRegistry.Clusters;
using GraphQL.Types;

namespace ClusterRegistry.Api.Clusters;

public sealed class UpdateClusterProfileInput
{
    public string ClusterId { get; set; } = "";
    public string? ExpectedVersion { get; set; }
    public string? NameEn { get; set; }
    public string? IndustryCode { get; set; }
    public string? OperatingInstitution { get; set; }
    public string? Description { get; set; }
}

public sealed class UpdateClusterProfileInputType : InputObjectGraphType<UpdateClusterProfileInput>
{
    public UpdateClusterProfileInputType()
    {
        Name = "UpdateClusterProfileInput";
        Description = "Profile fields to change. A field left out (or null) keeps its value; an empty string clears it.";
        Field<NonNullGraphType<IdGraphType>>("clusterId").Description("The cluster.");
        Field(i => i.ExpectedVersion, nullable: true).Description("The cluster's `version` as read; if it has changed since, the update is refused with a CONFLICT error.");
        Field(i => i.NameEn, nullable: true).Description("An English name.");
        Field(i => i.IndustryCode, nullable: true).Description("The official GB/T 4754-2017 division of the lead industry; it replaces a derived classification for good (an empty string: officially unclassified).");
        Field(i => i.OperatingInstitution, nullable: true).Description("The operating management institution. Changing it is a major change: file it with recordChangeFiling.");
        Field(i => i.Description, nullable: true).Description("A description.");
    }
}

public sealed class UpdateClusterProfilePayloadType()
    : PayloadType<ClusterType, Cluster, UpdateClusterProfileErrorType>("UpdateClusterProfile", "cluster", "The updated cluster.");

public sealed class UpdateClusterProfileErrorType() : MutationErrorUnion("UpdateClusterProfile");

internal static class UpdateClusterProfile
{
    public static async Task<Cluster> RunAsync(MutationScope scope, UpdateClusterProfileInput input)
    {
        var cluster = await ClusterLookup.LoadAsync(scope, input.ClusterId);
        if (input.ExpectedVersion is { } expected)
            scope.Db.Entry(cluster).Property(c => c.Version).OriginalValue = ClusterVersion.Decode(expected)
                ?? throw MutationRefused.InvalidInput("expectedVersion", "Not a cluster version.");
        var before = AuditSnapshot.Of(cluster);
        if (input.OperatingInstitution is not null && input.OperatingInstitution != (cluster.OperatingInstitution ?? ""))
            throw MutationRefused.InvalidInput("operatingInstitution",
                "A new operating institution is a major change (重大变动): record it with recordChangeFiling.");
        if (input.IndustryCode is not null)
            cluster.ClassifyIndustry(await ClusterLookup.IndustryDivisionAsync(scope, input.IndustryCode, "industryCode"));
        cluster.UpdateProfile(input.NameEn ?? cluster.NameEn, cluster.OperatingInstitution, input.Description ?? cluster.Description);
        scope.Db.Entry(cluster).State = Microsoft.EntityFrameworkCore.EntityState.Modified;
        scope.Audit(ClusterType.TypeName, () => GlobalId.Encode(ClusterType.TypeName, cluster.Id), cluster,
            "Updated the profile", before, () => AuditSnapshot.Of(cluster));
        return cluster;
    }
}
