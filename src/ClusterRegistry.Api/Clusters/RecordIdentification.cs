using ClusterRegistry.Api.Batches;
using ClusterRegistry.Api.Designations;
using ClusterRegistry.Api.Mutations;
using ClusterRegistry.Api.Schema;
using ClusterRegistry.Audit;
using ClusterRegistry.Batches;
using ClusterRegistry.Clusters;
using ClusterRegistry.Designations;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ClusterRegistry.Api.Clusters;

public sealed class RecordIdentificationInput
{
    public string BatchId { get; set; } = "";
    public string? ClusterId { get; set; }
    public NewClusterInput? NewCluster { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public string? SourceUrl { get; set; }
    public string? SourceNote { get; set; }
}

public sealed class NewClusterInput
{
    public string Name { get; set; } = "";
    public string CountyCode { get; set; } = "";
    public string LeadIndustry { get; set; } = "";
    public string? IndustryCode { get; set; }
    public string? NameEn { get; set; }
}

public sealed class RecordIdentificationInputType : InputObjectGraphType<RecordIdentificationInput>
{
    public RecordIdentificationInputType()
    {
        Name = "RecordIdentificationInput";
        Description = "A batch's identification of a cluster: an existing one (clusterId) or a new one (newCluster), not both.";
        Field<NonNullGraphType<IdGraphType>>("batchId").Description("The identifying batch.");
        Field<IdGraphType>("clusterId").Description("An existing cluster to identify again (e.g. at the other level).");
        Field<NewClusterInputType>("newCluster").Description("A cluster new to the registry.");
        Field(i => i.ValidFrom, nullable: true).Description("First day of validity; default: the batch's.");
        Field(i => i.ValidUntil, nullable: true).Description("Last day of validity; default: the batch's.");
        Field(i => i.SourceUrl, nullable: true).Description("The public page the identification was read on.");
        Field(i => i.SourceNote, nullable: true).Description("A note on the source.");
    }
}

public sealed class NewClusterInputType : InputObjectGraphType<NewClusterInput>
{
    public NewClusterInputType()
    {
        Name = "NewClusterInput";
        Description = "A cluster entering the registry.";
        Field(i => i.Name).Description("The Chinese name as the batch's list writes it.");
        Field(i => i.CountyCode).Description("The 6-digit code of its county-level division.");
        Field(i => i.LeadIndustry).Description("The lead industry (主导产业) as named.");
        Field(i => i.IndustryCode, nullable: true).Description("The GB/T 4754-2017 division of the lead industry.");
        Field(i => i.NameEn, nullable: true).Description("An English name.");
    }
}

public sealed class RecordIdentificationPayloadType()
    : PayloadType<DesignationType, Designation, RecordIdentificationErrorType>("RecordIdentification", "designation", "The new designation, with its cluster.");

public sealed class RecordIdentificationErrorType() : MutationErrorUnion("RecordIdentification");

internal static class RecordIdentification
{
    public static async Task<Designation> RunAsync(MutationScope scope, RecordIdentificationInput input)
    {
        var batchId = MutationInputs.Id(input.BatchId, IdentificationBatchType.TypeName, "batchId");
        var batch = await scope.Db.Batches.SingleOrDefaultAsync(b => b.Id == batchId) ?? throw MutationRefused.NotFound("batchId", "batch");
        if (batch.Level == DesignationLevel.National) scope.RequireMinistry("record national identifications");
        else scope.RequireProvince(batch.ProvinceCode!);
        var source = MutationInputs.Source(input.SourceUrl, input.SourceNote);

        if ((input.ClusterId is null) == (input.NewCluster is null))
            throw MutationRefused.InvalidInput("clusterId", "Give either clusterId or newCluster.");
        if (input.NewCluster is { } fresh)
        {
            var location = await ClusterLookup.CountyAsync(scope, fresh.CountyCode, "newCluster.countyCode");
            scope.RequireProvince(location.ProvinceCode);
            // The unique index on (county, name) settles concurrent copies; this check names the cluster that exists.
            if (await scope.Db.Clusters.Where(c => c.CountyCode == location.CountyCode && c.NameZh == fresh.Name.Trim()).Select(c => (int?)c.Id).FirstOrDefaultAsync() is { } existing)
                throw new DomainException(DomainError.DuplicateCluster,
                    $"County {location.CountyCode} already has a cluster named {fresh.Name.Trim()} ({GlobalId.Encode(ClusterType.TypeName, existing)}); identify it with clusterId instead.");
            var industryCode = await ClusterLookup.IndustryDivisionAsync(scope, fresh.IndustryCode, "newCluster.industryCode");
            var created = Cluster.Identify(fresh.Name, location, fresh.LeadIndustry, batch, input.ValidFrom, input.ValidUntil, source);
            if (fresh.NameEn is not null) created.UpdateProfile(fresh.NameEn, null, null);
            if (industryCode is not null) created.ClassifyIndustry(industryCode);
            scope.Db.Clusters.Add(created);
            AuditIdentification(scope, created, created.Designations[0], batch, null);
            return created.Designations[0];
        }

        var cluster = await ClusterLookup.LoadAsync(scope, input.ClusterId);
        var before = AuditSnapshot.Of(cluster);
        var designation = cluster.Designate(batch, input.ValidFrom, input.ValidUntil, source);
        AuditIdentification(scope, cluster, designation, batch, before);
        return designation;
    }

    internal static void AuditIdentification(MutationScope scope, Cluster cluster, Designation designation, IdentificationBatch batch, string? clusterBefore)
    {
        scope.Audit(ClusterType.TypeName, () => GlobalId.Encode(ClusterType.TypeName, cluster.Id), cluster,
            clusterBefore is null ? $"Entered the registry: {cluster.NameZh}" : $"Identified again: {cluster.NameZh}",
            clusterBefore, () => AuditSnapshot.Of(cluster));
        scope.Audit(DesignationType.TypeName, () => GlobalId.Encode(DesignationType.TypeName, designation.Id), cluster,
            $"Identified in the {batch.Level.ToString().ToConstantCase()} batch of {batch.Year}, valid {designation.ValidFrom:yyyy-MM-dd} to {designation.ValidUntil:yyyy-MM-dd}",
            null, () => AuditSnapshot.Of(designation));
    }
}
